package uk.gov.lga.hub.domain.shared;

import java.net.URI;

/**
 * Web addresses the service stores and shows to others (publications, evidence, minutes): http or https only,
 * with a host, so a stored link can never run script in a reader's browser.
 */
public final class WebAddress {

    private WebAddress() {}

    public static String require(String address, String rule, String message) {
        try {
            URI uri = URI.create(address == null ? "" : address.strip());
            boolean web = ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
            DomainRuleViolation.require(web, rule, message);
            return uri.toString();
        } catch (IllegalArgumentException notAnAddress) {
            throw new DomainRuleViolation(rule, message);
        }
    }
}
