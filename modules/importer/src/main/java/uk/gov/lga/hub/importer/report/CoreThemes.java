package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.text.Line;

/**
 * The five core themes of the Corporate Peer Challenge, recognised by name with the wording variations reports use
 * ("&" for "and", the two halves swapped, "capacity to improve"). A theme found only under an older or looser name
 * (2018's "leadership of place", "capacity to deliver") is kept, with a doubt naming the words it came from.
 */
final class CoreThemes {

    private record Theme(String name, Pattern usual, Pattern looser) {}

    private static final List<Theme> THEMES = List.of(
            theme(
                    "Local priorities and outcomes",
                    "local priorities and outcomes|outcomes and local priorities",
                    "understanding of the local (?:place|context) and priority setting|understood its place and set"
                            + " priorities"),
            theme(
                    "Organisational and place leadership",
                    "organisational and place leadership|place and" + " organisational leadership",
                    "leadership of place"),
            theme(
                    "Governance and culture",
                    "governance and culture|culture and governance",
                    "organisational leadership and governance|the leadership and governance"),
            theme(
                    "Financial planning and management",
                    "financial planning and management|financial management and" + " planning",
                    "financial planning and viability|financial planning"),
            theme("Capacity for improvement", "capacity for improvement|capacity to improve", "capacity to deliver"));

    private static final int SHORT_LINE_WORDS = 12;

    private CoreThemes() {}

    private static Theme theme(String name, String usual, String looser) {
        return new Theme(name, Pattern.compile("\\b(?:" + usual + ")\\b"), Pattern.compile("\\b(?:" + looser + ")\\b"));
    }

    static List<String> names() {
        return THEMES.stream().map(Theme::name).toList();
    }

    /**
     * The lines are normalised once and searched as one text, a line feed between them (no name spans one), so that
     * each theme costs one search, not one a line.
     */
    static List<String> find(List<Line> lines, List<Doubt> doubts) {
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            starts[i] = text.length();
            text.append(normal(lines.get(i).text())).append('\n');
        }
        List<String> found = new ArrayList<>();
        for (Theme theme : THEMES) {
            if (theme.usual().matcher(text).find()) {
                found.add(theme.name());
                continue;
            }
            Matcher looser = theme.looser().matcher(text);
            if (looser.find()) {
                int line = Arrays.binarySearch(starts, looser.start());
                String source = lines.get(line >= 0 ? line : -line - 2).text();
                if (!namesThemes(source)) {
                    continue; // loose words in passing are no evidence that the challenge had this theme
                }
                found.add(theme.name());
                doubts.add(new Doubt(
                        "core themes",
                        "\"" + theme.name() + "\" was taken from wording that is not"
                                + " the theme's own name. Check it was a theme of this challenge.",
                        source));
            }
        }
        return List.copyOf(found);
    }

    /**
     * Whether a line names themes: a short line (a heading, a list item) or one that names two themes or more (a
     * sentence listing them, as the 2018 minutes do).
     */
    private static boolean namesThemes(String line) {
        String normal = normal(line);
        if (normal.strip().split(" ").length <= SHORT_LINE_WORDS) {
            return true;
        }
        int named = 0;
        for (Theme theme : THEMES) {
            named += theme.usual().matcher(normal).find()
                            || theme.looser().matcher(normal).find()
                    ? 1
                    : 0;
        }
        return named >= 2;
    }

    /** Lower case, "&" as "and", letters and single spaces only; one pass, for it is done to every line. */
    static String normal(String text) {
        String lower = text.toLowerCase(Locale.UK);
        StringBuilder words = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '&') {
                space(words);
                words.append("and ");
            } else if (c >= 'a' && c <= 'z') {
                words.append(c);
            } else {
                space(words);
            }
        }
        return words.toString();
    }

    private static void space(StringBuilder words) {
        if (words.isEmpty() || words.charAt(words.length() - 1) != ' ') {
            words.append(' ');
        }
    }
}
