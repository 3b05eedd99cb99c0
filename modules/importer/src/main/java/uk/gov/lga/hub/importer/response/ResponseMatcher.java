package uk.gov.lga.hub.importer.response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches each row of a response table to one of the challenge's recommendations: by the title the row starts
 * with, else by number (a table's "3." is the report's "2.3"), else by the words they share. What cannot be
 * matched is kept and said, never dropped.
 */
public final class ResponseMatcher {

    /** A recommendation of the challenge, as the service knows it. */
    public record Known(long id, String number, String title, String text) {
    }

    public enum Confidence { TITLE, NUMBER, WORDS, UNMATCHED }

    public record Match(ResponseTableDraft.Row row, Known recommendation, Confidence confidence) {
    }

    private ResponseMatcher() {
    }

    public static List<Match> match(List<ResponseTableDraft.Row> rows, List<Known> known) {
        List<Match> matches = new ArrayList<>();
        for (ResponseTableDraft.Row row : rows) {
            String printed = normal(row.recommendation());
            Known byTitle = known.stream().filter(k -> printed.startsWith(normal(k.title()))).findFirst().orElse(null);
            if (byTitle != null) {
                matches.add(new Match(row, byTitle, Confidence.TITLE));
                continue;
            }
            Known byNumber = known.stream().filter(k -> lastPart(k.number()).equals(lastPart(row.number())))
                    .findFirst().orElse(null);
            if (byNumber != null) {
                matches.add(new Match(row, byNumber, Confidence.NUMBER));
                continue;
            }
            Known byWords = known.stream().max(java.util.Comparator.comparingDouble(k -> overlap(printed,
                    normal(k.title() + " " + k.text())))).filter(k -> overlap(printed, normal(k.title() + " "
                    + k.text())) >= 0.5).orElse(null);
            matches.add(new Match(row, byWords, byWords == null ? Confidence.UNMATCHED : Confidence.WORDS));
        }
        return matches;
    }

    private static String lastPart(String number) {
        String digits = number.replaceAll("[.)]$", "");
        return digits.contains(".") ? digits.substring(digits.lastIndexOf('.') + 1) : digits;
    }

    /** Share of the row's words found in the recommendation. */
    private static double overlap(String row, String recommendation) {
        Set<String> words = new HashSet<>(List.of(row.split(" ")));
        words.removeIf(w -> w.length() < 4);
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> theirs = new HashSet<>(List.of(recommendation.split(" ")));
        return (double) words.stream().filter(theirs::contains).count() / words.size();
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ")
                .strip();
    }
}
