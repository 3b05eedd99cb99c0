package uk.gov.lga.hub.importer.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches each row of a response table to one of the challenge's recommendations. The title the row starts with
 * comes first, because tables renumber ("3." in Appendix B is the report's "2.3") while titles are copied; then the
 * number (its last part, so "3" finds "2.3"); then the words they share. What cannot be matched is kept as
 * {@link Confidence#UNMATCHED}, never dropped; {@link #unanswered} lists recommendations no row matched.
 */
public final class ResponseMatcher {

    /** A recommendation of the challenge, as the service knows it. */
    public record Known(long id, String number, String title, String text) {
    }

    /** How a row was matched: by the recommendation's title, its number, shared words, or not at all. */
    public enum Confidence { TITLE, NUMBER, WORDS, UNMATCHED }

    /** {@code recommendation} is null when {@code confidence} is UNMATCHED. */
    public record Match(ResponseTableDraft.Row row, Known recommendation, Confidence confidence) {
    }

    /** Share of a row's words that must be in a recommendation for a match by words. */
    private static final double WORDS_NEEDED = 0.5;

    private ResponseMatcher() {
    }

    public static List<Match> match(List<ResponseTableDraft.Row> rows, List<Known> known) {
        List<Match> matches = new ArrayList<>();
        for (ResponseTableDraft.Row row : rows) {
            matches.add(match(row, known));
        }
        return matches;
    }

    /** The recommendations no row was matched to, so a person sees what the table leaves unanswered. */
    public static List<Known> unanswered(List<Match> matches, List<Known> known) {
        Set<Known> answered = new HashSet<>();
        matches.stream().map(Match::recommendation).filter(k -> k != null).forEach(answered::add);
        return known.stream().filter(k -> !answered.contains(k)).toList();
    }

    private static Match match(ResponseTableDraft.Row row, List<Known> known) {
        String printed = normal(row.recommendation());
        Known byTitle = known.stream().filter(k -> !normal(k.title()).isEmpty() && printed.startsWith(normal(k.title())))
                .max(Comparator.comparingInt(k -> normal(k.title()).length())).orElse(null);
        if (byTitle != null) {
            return new Match(row, byTitle, Confidence.TITLE);
        }
        String number = lastPart(row.number());
        Known byNumber = number.isEmpty() ? null
                : known.stream().filter(k -> lastPart(k.number()).equals(number)).findFirst().orElse(null);
        if (byNumber != null) {
            return new Match(row, byNumber, Confidence.NUMBER);
        }
        Known byWords = known.stream().max(Comparator.comparingDouble(k -> overlap(printed, k)))
                .filter(k -> overlap(printed, k) >= WORDS_NEEDED).orElse(null);
        return new Match(row, byWords, byWords == null ? Confidence.UNMATCHED : Confidence.WORDS);
    }

    /** "2.3" → "3", "3." → "3", "c)" → "c". */
    private static String lastPart(String number) {
        String digits = number == null ? "" : number.strip().replaceAll("[().]", " ").strip();
        return digits.contains(" ") ? digits.substring(digits.lastIndexOf(' ') + 1) : digits;
    }

    /** Share of the row's longer words found in the recommendation's title and text. */
    private static double overlap(String row, Known recommendation) {
        Set<String> words = new HashSet<>(List.of(row.split(" ")));
        words.removeIf(w -> w.length() < 4);
        if (words.isEmpty()) {
            return 0;
        }
        Set<String> theirs = new HashSet<>(List.of(normal(recommendation.title() + " " + recommendation.text())
                .split(" ")));
        return (double) words.stream().filter(theirs::contains).count() / words.size();
    }

    private static String normal(String text) {
        return text == null ? "" : text.toLowerCase(Locale.UK).replace("&", " and ").replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
