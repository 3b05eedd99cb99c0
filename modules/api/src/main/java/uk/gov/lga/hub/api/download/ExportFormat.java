package uk.gov.lga.hub.api.download;

/**
 * The formats a table export comes in, as the last part of its address ({@code …/export.csv}). The constants are
 * the wire values, so JAX-RS binds {@code {format}} with {@code valueOf} (anything else is 404, as an unknown path
 * is). Payara describes an enum path parameter as an object, so the resources repeat these values in their
 * {@code @Schema} for the contract.
 */
@SuppressWarnings("java:S115") // lower case on purpose: the names are the URL's extensions
public enum ExportFormat {
    csv,
    xlsx
}
