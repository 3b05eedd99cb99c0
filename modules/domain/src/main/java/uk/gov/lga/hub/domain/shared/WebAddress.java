package uk.gov.lga.hub.domain.shared;

import java.net.URI;

/**
 * Web addresses the service stores and shows to others (publications, evidence, minutes): http or https only,
 * with a host, so a stored link can never run script in a reader's browser.
 */
public final class WebAddress {

    private WebAddress() {}

    public static String require(String address, String rule, String message) {
        DomainRuleViolation.require(isWebAddress(address), rule, message);
        return URI.create(address.strip()).toString();
    }

    /** Whether the text is such an address, for forms that report every problem before asking the domain. */
    public static boolean isWebAddress(String address) {
        try {
            URI uri = URI.create(address == null ? "" : address.strip());
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
