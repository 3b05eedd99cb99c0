package uk.gov.lga.hub.api.input;

import java.util.Map;

/**
 * How many characters a string in a JSON body may have, by the name of the member that holds it. The names are the
 * API's own (docs/api.md lists the limits); a string inside an array or a map takes the limit of the nearest named
 * member around it, and anything not named here is a short text.
 */
final class TextLimits {

    static final int SHORT = 500;
    static final int ADDRESS = 2_000;
    static final int LONG = 100_000;
    /** A recommendation's number as printed ("2.10", "a)"); the column holds 20. */
    static final int NUMBER = 20;

    private static final Map<String, Integer> BY_NAME = Map.ofEntries(
            Map.entry("number", NUMBER),
            Map.entry("url", ADDRESS),
            Map.entry("minutesUrl", ADDRESS),
            Map.entry("text", LONG),
            Map.entry("narrative", LONG),
            Map.entry("summary", LONG),
            Map.entry("executiveSummary", LONG),
            Map.entry("themeFeedback", LONG),
            Map.entry("body", LONG),
            Map.entry("comment", LONG),
            Map.entry("resolution", LONG),
            Map.entry("description", LONG),
            Map.entry("reasonForNewDate", LONG),
            Map.entry("feedback", LONG),
            Map.entry("response", LONG),
            Map.entry("recommendationAsPrinted", LONG));

    private TextLimits() {}

    /** @param names the member's own name first, then those of the members around it, innermost first */
    static Named limitFor(Iterable<String> names) {
        for (String name : names) {
            Integer limit = BY_NAME.get(name);
            if (limit != null) {
                return new Named(name, limit);
            }
        }
        return null;
    }

    record Named(String field, int limit) {}
}
