package uk.gov.lga.hub.importer.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Matches each row of a response table to one of the challenge's recommendations. The title the row starts with
 * comes first, because tables renumber ("3." in Appendix B is the report's "2.3") while titles are copied; then the
 * number (its last part, so "3" finds "2.3"); then the words they share. What cannot be matched is kept as
 * {@link Confidence#UNMATCHED}, never dropped; {@link #unanswered} lists recommendations no row matched.
 */
public final class ResponseMatcher {

    /** A recommendation of the challenge, as the service knows it. */
    public record Known(long id, String number, String title, String text) {}

    /** How a row was matched: by the recommendation's title, its number, shared words, or not at all. */
    public enum Confidence {
        TITLE,
        NUMBER,
        WORDS,
        UNMATCHED
    }

    /** {@code recommendation} is null when {@code confidence} is UNMATCHED. */
    public record Match(ResponseTableDraft.Row row, Known recommendation, Confidence confidence) {}

    /** Share of a row's words that must be in a recommendation for a match by words. */
    private static final double WORDS_NEEDED = 0.5;

    private static final Pattern NUMBER_MARKS = Pattern.compile("[().]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9 ]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ResponseMatcher() {}

    public static List<Match> match(List<ResponseTableDraft.Row> rows, List<Known> known) {
        List<Candidate> candidates = known.stream().map(Candidate::of).toList();
        List<Match> matches = new ArrayList<>();
        for (ResponseTableDraft.Row row : rows) {
            matches.add(match(row, candidates));
        }
        return matches;
    }

    /** The recommendations no row was matched to, so a person sees what the table leaves unanswered. */
    public static List<Known> unanswered(List<Match> matches, List<Known> known) {
        Set<Known> answered = new HashSet<>();
        matches.stream().map(Match::recommendation).filter(k -> k != null).forEach(answered::add);
        return known.stream().filter(k -> !answered.contains(k)).toList();
    }

    /**
     * A recommendation with its title, number and words normalised once, not again for every row: a table of
     * many thousand rows would otherwise normalise every recommendation's text thousands of times.
     */
    private record Candidate(Known known, String title, String lastNumber, Set<String> words) {

        static Candidate of(Known known) {
            return new Candidate(
                    known,
                    normal(known.title()),
                    lastPart(known.number()),
                    new HashSet<>(
                            List.of(normal(known.title() + " " + known.text()).split(" "))));
        }
    }

    private static Match match(ResponseTableDraft.Row row, List<Candidate> candidates) {
        String printed = normal(row.recommendation());
        Candidate byTitle = candidates.stream()
                .filter(c -> !c.title().isEmpty() && printed.startsWith(c.title()))
                .max(Comparator.comparingInt(c -> c.title().length()))
                .orElse(null);
        if (byTitle != null) {
            return new Match(row, byTitle.known(), Confidence.TITLE);
        }
        String number = lastPart(row.number());
        Candidate byNumber = number.isEmpty()
                ? null
                : candidates.stream()
                        .filter(c -> c.lastNumber().equals(number))
                        .findFirst()
                        .orElse(null);
        if (byNumber != null) {
            return new Match(row, byNumber.known(), Confidence.NUMBER);
        }
        Set<String> words = new HashSet<>(List.of(printed.split(" ")));
        words.removeIf(w -> w.length() < 4);
        Candidate byWords = candidates.stream()
                .max(Comparator.comparingDouble(c -> overlap(words, c)))
                .filter(c -> overlap(words, c) >= WORDS_NEEDED)
                .orElse(null);
        return byWords == null
                ? new Match(row, null, Confidence.UNMATCHED)
                : new Match(row, byWords.known(), Confidence.WORDS);
    }

    /** "2.3" → "3", "3." → "3", "c)" → "c". */
    private static String lastPart(String number) {
        String digits = number == null
                ? ""
                : NUMBER_MARKS.matcher(number.strip()).replaceAll(" ").strip();
        return digits.contains(" ") ? digits.substring(digits.lastIndexOf(' ') + 1) : digits;
    }

    /** Share of the row's longer words found in the recommendation's title and text. */
    private static double overlap(Set<String> rowWords, Candidate recommendation) {
        if (rowWords.isEmpty()) {
            return 0;
        }
        return (double) rowWords.stream()
                        .filter(recommendation.words()::contains)
                        .count()
                / rowWords.size();
    }

    private static String normal(String text) {
        if (text == null) {
            return "";
        }
        String words = NOT_A_WORD
                .matcher(text.toLowerCase(Locale.UK).replace("&", " and "))
                .replaceAll(" ");
        return WHITESPACE.matcher(words).replaceAll(" ").strip();
    }
}
