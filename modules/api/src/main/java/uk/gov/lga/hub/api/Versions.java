package uk.gov.lga.hub.api;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** The version a change is based on, as a client states it in {@code If-Match} ({@code "7"}, {@code W/"7"}, 7). */
public final class Versions {

    private Versions() {}

    /** The version named, or empty when the client names none; anything else is refused with 422. */
    public static Long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String tag = header.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.valueOf(tag);
        } catch (NumberFormatException notAVersion) {
            throw new DomainRuleViolation(
                    "if-match-not-a-version",
                    "If-Match must be the version you based the change on, as the last read gave it.");
        }
    }
}
