package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.ImportProgress;
import uk.gov.lga.hub.importer.text.Line;

/**
 * A list of recommendations however it is numbered: "2.1", "1.", "1)", "(1)", "a)", "(a)", "a.", "i.", "(iv)" or
 * bullets. LGA reports print each as a short title line (no full stop) followed by its text, so a title line takes
 * the paragraphs after it as its text. An item that is a sentence (minutes, older reports) is its own text: it
 * takes only the sub-points it introduces with a colon, and a paragraph after it only if the list goes on after
 * that paragraph (said as a doubt). Numbers are kept as printed, less a closing full stop ("1." is "1", "a)" stays).
 */
final class RecommendationList {

    private static final Pattern ITEM = Pattern.compile(
            "^(?<number>\\d+\\.\\d+\\.?|\\d+[.)]|\\(\\d+\\)"
                    + "|\\([a-zA-Z]{1,4}\\)|[a-zA-Z][.)]|[ivxIVX]{2,5}[.)]|[•·*▪◦–-])\\s+(?<rest>\\S.*)$",
            Pattern.DOTALL);
    /** "Financial accounts: The council should…" or "Financial accounts – The council should…" on one line. */
    private static final Pattern TITLE_THEN_TEXT =
            Pattern.compile("^(?<title>[^.:–—]{3,80}?)\\s*(?::|\\s[–—])\\s+" + "(?<text>[A-Z].*)$", Pattern.DOTALL);

    private static final String BULLETS = "•·*▪◦–-";
    private static final Pattern SPELLED_OUT = Pattern.compile(
            "^(?i:recommendation)\\s+(\\d{1,2}(?:\\.\\d{1,2})?)\\s*[:.–—-]\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LOWER = Pattern.compile("[a-z]+");
    private static final Pattern UPPER = Pattern.compile("[A-Z]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final int TITLE_WORDS = 12;
    private static final int HEADING_WORDS = 8;
    private static final Pattern RECOMMENDATIONS_WORD = Pattern.compile("(?i)\\brecommendations?\\b");
    /** More paragraphs than this under one recommendation suggests the section's end was missed. */
    private static final int LONGEST_TEXT = 4;

    private final List<ReportDraft.RecommendationDraft> items = new ArrayList<>();
    private final List<Doubt> doubts;
    /** Most items are titles: a short item without a full stop is then a title whose text is missing. */
    private boolean titled;

    private RecommendationList(List<Doubt> doubts) {
        this.doubts = doubts;
    }

    /** Reads the items in lines [from, to); lines it cannot place are reported, never dropped quietly. */
    static List<ReportDraft.RecommendationDraft> read(
            List<Line> printed, int from, int to, List<Doubt> doubts, ImportProgress progress) {
        List<Line> lines = spelledOut(printed, from, to);
        RecommendationList list = new RecommendationList(doubts);
        String[] styles = itemStyles(lines, from, to);
        String style =
                Arrays.stream(styles).filter(Objects::nonNull).findFirst().orElse("");
        int total = (int) Arrays.stream(styles).filter(style::equals).count();
        int lastItem = from + lastIndexOf(styles, style);
        boolean titlesOnly = titlesOnly(lines, from, lastItem, styles, style);
        list.titled = mostlyTitles(lines, from, to, styles, style);
        java.util.Set<String> seen = new java.util.HashSet<>();
        String number = null;
        String first = null;
        List<String> rest = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String line = lines.get(i).text();
            if (line.isBlank()) {
                continue;
            }
            boolean isItem = styles[i - from] != null;
            if (style.equals(styles[i - from])) {
                Matcher item = ITEM.matcher(line);
                item.matches();
                if (!seen.add(item.group("number") + " " + item.group("rest").strip())) {
                    break; // the same item again: the list is repeated (a summary, next steps), not continued
                }
                list.add(number, first, rest);
                number = item.group("number");
                first = item.group("rest").strip();
                rest = new ArrayList<>();
                progress.step("recommendations", list.items.size() + 1, total);
            } else if (first != null && i > lastItem && (titlesOnly || endsTheLast(first, rest, line))) {
                break; // a list of titles, or a heading after the last item's text: the list has ended
            } else if (first != null && (takesMoreText(first) || isItem)) {
                rest.add(line); // its text, or its own sub-points ("- A review of…") under it
            } else if (first != null && lastItem > i) { // the list goes on after this paragraph
                doubts.add(new Doubt(
                        "recommendation " + printed(number, list.items.size()),
                        "This paragraph follows"
                                + " the recommendation and was taken as part of its text. Check it belongs there.",
                        line));
                rest.add(line);
            } else if (first != null) {
                break; // the list has ended: what follows is the document going on (minutes, next section)
            } else if (!line.endsWith(":")
                    && !RECOMMENDATIONS_WORD.matcher(line).find()) {
                doubts.add(new Doubt(
                        "recommendations",
                        "This line in the recommendations section is not part of a"
                                + " numbered recommendation, so it was not imported.",
                        line));
            }
        }
        list.add(number, first, rest);
        if (BULLETS.contains(style)) {
            doubts.add(new Doubt(
                    "recommendations",
                    "The recommendations are bullet points, so they were numbered"
                            + " 1, 2, 3… in the order printed. Check the numbers.",
                    null));
        }
        return list.items;
    }

    /** "Recommendation 1: Finance" read as "1. Finance", so that the numbering is the one lists have. */
    private static List<Line> spelledOut(List<Line> lines, int from, int to) {
        List<Line> read = null;
        for (int i = from; i < to; i++) {
            Matcher spelled = SPELLED_OUT.matcher(lines.get(i).text());
            if (spelled.matches()) {
                read = read == null ? new ArrayList<>(lines) : read;
                read.set(
                        i,
                        new Line(
                                spelled.group(1) + ". " + spelled.group(2),
                                lines.get(i).headingLevel()));
            }
        }
        return read == null ? lines : read;
    }

    /** The shape of a number, so that sub-points numbered differently are not taken for new recommendations. */
    private static String style(String number) {
        if (BULLETS.contains(number)) {
            return "•";
        }
        return UPPER.matcher(
                        LOWER.matcher(DIGITS.matcher(number).replaceAll("9")).replaceAll("a"))
                .replaceAll("A");
    }

    /**
     * The style of the item number each line starts with (null for a line that is no item), read once: whether the
     * list goes on after a paragraph is then one comparison with the last item, not a search to the section's end
     * for every stray paragraph (quadratic in a long section).
     */
    private static String[] itemStyles(List<Line> lines, int from, int to) {
        String[] styles = new String[Math.max(0, to - from)];
        for (int i = from; i < to; i++) {
            String text = lines.get(i).text();
            Matcher item = hasSpace(text) ? ITEM.matcher(text) : null; // a number and its text have a space between
            styles[i - from] = item != null && item.matches() ? style(item.group("number")) : null;
        }
        return styles;
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (" \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int lastIndexOf(String[] styles, String style) {
        for (int i = styles.length - 1; i >= 0; i--) {
            if (style.equals(styles[i])) {
                return i;
            }
        }
        return -1 - styles.length; // so that from + this is before every line of the section
    }

    /** Items one after another with nothing between, each a title: no item has a text of its own. */
    private static boolean titlesOnly(List<Line> lines, int from, int lastItem, String[] styles, String style) {
        int items = 0;
        for (int i = from; i <= lastItem; i++) {
            String text = lines.get(i).text();
            if (style.equals(styles[i - from])) {
                Matcher item = ITEM.matcher(text);
                if (!item.matches()
                        || !isTitle(item.group("rest").strip())
                        || TITLE_THEN_TEXT.matcher(item.group("rest")).matches()) {
                    return false;
                }
                items++;
            } else if (!text.isBlank()) {
                return false;
            }
        }
        return items >= 2;
    }

    /** Whether more than half the items are titles (short, no full stop), as in reports; minutes print sentences. */
    private static boolean mostlyTitles(List<Line> lines, int from, int to, String[] styles, String style) {
        int items = 0;
        int titles = 0;
        for (int i = from; i < to; i++) {
            if (style.equals(styles[i - from])) {
                Matcher item = ITEM.matcher(lines.get(i).text());
                items++;
                titles += item.matches() && isTitle(item.group("rest").strip()) ? 1 : 0;
            }
        }
        return titles * 2 > items;
    }

    /** After the last titled item's text, a short line with no closing punctuation is the next heading. */
    private static boolean endsTheLast(String first, List<String> rest, String line) {
        return isTitle(first)
                && !rest.isEmpty()
                && WHITESPACE.split(line).length <= HEADING_WORDS
                && Character.isUpperCase(line.charAt(0))
                && ".:;?!".indexOf(line.charAt(line.length() - 1)) < 0;
    }

    /** A title line takes the lines after it; a sentence takes only sub-points it introduced with a colon. */
    private static boolean takesMoreText(String first) {
        return isTitle(first) || first.endsWith(":");
    }

    private static boolean isTitle(String line) {
        return !line.endsWith(".") && !line.endsWith(":") && WHITESPACE.split(line).length <= TITLE_WORDS;
    }

    private static String printed(String number, int itemsSoFar) {
        if (BULLETS.contains(number)) {
            return String.valueOf(itemsSoFar + 1);
        }
        return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
    }

    private void add(String number, String first, List<String> rest) {
        if (first == null) {
            return;
        }
        String printed = printed(number, items.size());
        if (rest.size() > LONGEST_TEXT) {
            doubts.add(new Doubt(
                    "recommendation " + printed,
                    "This recommendation runs to " + rest.size()
                            + " paragraphs; the end of the recommendations may not have been found. Check where it stops.",
                    rest.get(rest.size() - 1)));
        }
        Matcher oneLine = TITLE_THEN_TEXT.matcher(first);
        if (titled && isTitle(first) && rest.isEmpty() && !oneLine.matches()) {
            doubts.add(new Doubt(
                    "recommendation " + printed,
                    "Only a title is printed for this recommendation; its text is missing. Add the text.",
                    first));
            items.add(new ReportDraft.RecommendationDraft(printed, first, ""));
        } else if (isTitle(first) && !rest.isEmpty()) {
            items.add(new ReportDraft.RecommendationDraft(printed, first, String.join("\n", rest)));
        } else if (oneLine.matches() && isTitle(oneLine.group("title"))) {
            String text = oneLine.group("text") + (rest.isEmpty() ? "" : "\n" + String.join("\n", rest));
            items.add(new ReportDraft.RecommendationDraft(
                    printed, oneLine.group("title").strip(), text));
        } else {
            String text = rest.isEmpty() ? first : first + "\n" + String.join("\n", rest);
            doubts.add(new Doubt(
                    "recommendation " + printed,
                    "No title is printed; the title is the start of the" + " recommendation's text. Check it.",
                    first));
            items.add(new ReportDraft.RecommendationDraft(printed, shortTitle(first), text));
        }
    }

    /** The first clause of a sentence, up to a colon or about 80 characters, as a stand-in title. */
    static String shortTitle(String sentence) {
        String title = sentence.replaceAll("[:.;,]$", "");
        int stop = title.indexOf(". ");
        if (stop > 0) {
            title = title.substring(0, stop); // one sentence at most
        }
        int colon = title.indexOf(':');
        if (colon > 0) {
            title = title.substring(0, colon);
        }
        if (title.length() > 80) {
            int cut = title.lastIndexOf(' ', 80);
            title = title.substring(0, cut > 20 ? cut : 80).replaceAll("[,;:]$", "") + "…";
        }
        return title;
    }
}
