package uk.gov.lga.hub.application.search;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One search as asked: the words, the facet filters and the page. {@link #of} is the one place that decides what
 * may be asked: anything else is an {@link UnreadableSearch} (400), never a query the database might choke on.
 *
 * @param text        the words, as typed (websearch syntax: quotes for phrases, "or", a leading minus to exclude)
 * @param theme       a theme code, or empty for every theme
 * @param region      a region code, or empty for every region
 * @param councilType a council type (UNITARY, …), or empty for every type
 * @param year        the year of the challenge's on-site visit, or empty for every year
 * @param kind        the kind of result (RECOMMENDATION, FEEDBACK_REPORT, RESPONSE, …), or empty for every kind
 * @param page        the page, from 1
 * @param size        results per page
 */
public record SearchRequest(
        String text,
        Optional<String> theme,
        Optional<String> region,
        Optional<String> councilType,
        Optional<Integer> year,
        Optional<String> kind,
        int page,
        int size) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_WORDS = 12;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 50;
    /** Deep pages cost as much as every page before them; nobody reads past this. */
    public static final int MAX_PAGE = 200;

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern UPPER = Pattern.compile("[A-Z][A-Z_]{0,29}");
    private static final Pattern SOMETHING_TO_FIND = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\p{Co}\\p{Cn}&&[^\\t\\n\\r]]");

    public static SearchRequest of(
            String text,
            String theme,
            String region,
            String councilType,
            String year,
            String kind,
            String page,
            String size) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            throw new UnreadableSearch("Enter what to search for.");
        }
        if (words.length() > MAX_TEXT) {
            throw new UnreadableSearch("What to search for must be " + MAX_TEXT + " characters or fewer.");
        }
        if (CONTROL.matcher(words).find()) {
            throw new UnreadableSearch("What to search for may only hold letters, numbers and punctuation.");
        }
        if (!SOMETHING_TO_FIND.matcher(words).find()) {
            throw new UnreadableSearch("What to search for must include a letter or a number.");
        }
        if (words.split("\\s+").length > MAX_WORDS) {
            throw new UnreadableSearch("What to search for must be " + MAX_WORDS + " words or fewer.");
        }
        return new SearchRequest(
                words.replaceAll("\\s+", " "),
                filter(theme, CODE, "theme"),
                filter(region, CODE, "region"),
                filter(councilType, UPPER, "council type"),
                number(year, 1990, 2100, "year").map(Integer::valueOf),
                filter(kind, UPPER, "kind of result"),
                number(page, 1, MAX_PAGE, "page").orElse(1),
                number(size, 1, MAX_SIZE, "page size").orElse(DEFAULT_SIZE));
    }

    /** Results to skip before this page. */
    public int offset() {
        return (page - 1) * size;
    }

    private static Optional<String> filter(String value, Pattern pattern, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (!pattern.matcher(v).matches()) {
            throw new UnreadableSearch("There is no " + name + " called \"" + shortened(v) + "\".");
        }
        return Optional.of(v);
    }

    private static Optional<Integer> number(String value, int min, int max, String name) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (!v.matches("[0-9]{1,6}")) {
            throw new UnreadableSearch("The " + name + " must be a whole number from " + min + " to " + max + ".");
        }
        int n = Integer.parseInt(v);
        if (n < min || n > max) {
            throw new UnreadableSearch("The " + name + " must be a whole number from " + min + " to " + max + ".");
        }
        return Optional.of(n);
    }

    private static String shortened(String v) {
        String printable = v.replaceAll("[^\\p{L}\\p{N} _-]", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
