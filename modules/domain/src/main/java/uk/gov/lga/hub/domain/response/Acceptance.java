package uk.gov.lga.hub.domain.response;

/** Whether the council accepts a recommendation. */
public enum Acceptance {
    ACCEPTED,
    PARTIALLY_ACCEPTED,
    NOT_ACCEPTED
}
