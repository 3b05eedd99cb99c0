package uk.gov.lga.hub.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the parsers read it: a list of {@link Line}s with Word's export noise removed — bookmarks, HTML tags and
 * entities, page numbers on their own, and the LGA's letterhead footer lines (as the seeds show them). Both a text
 * export and a .docx end up here, so there is one parser for both.
 */
public final class Lines {

    /** Compiled once: a parser calls strip() for every line, and a text may have hundreds of thousands. */
    private static final Pattern SPACES = Pattern.compile("[ ]{2,}");

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern PAGE_NUMBER =
            Pattern.compile("^\\s*(?:Page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?\\s*$", Pattern.CASE_INSENSITIVE);
    /** The letterhead's lines, image names and rules: one pattern, so one matcher a line. */
    private static final Pattern FURNITURE = Pattern.compile("18 Smith Square.*|(?:Acting )?Chief Executive: .*"
            + "|Local Government Association company number.*|image\\d+\\.(?:jpeg|jpg|png|emf|wmf|gif)"
            + "|-{3,}(?:\t-+)*+");

    private Lines() {}

    /** A text export: each line a paragraph. */
    public static List<Line> ofText(String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : split(text)) {
            lines.add(Line.of(clean(raw), 0));
        }
        return lines;
    }

    /** The raw lines of a text export, any line ending accepted. */
    public static List<String> split(String text) {
        return List.of((text == null ? "" : text)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .split("\n", -1));
    }

    /** One paragraph: noise out, and nothing left of it if it is page furniture (a page number, the footer). */
    public static String clean(String raw) {
        String cleaned = strip(raw);
        if (mayBeFurniture(cleaned)
                && (PAGE_NUMBER.matcher(cleaned).matches()
                        || FURNITURE.matcher(cleaned).matches())) {
            return "";
        }
        return cleaned;
    }

    /** Whether the line starts as a page number or a furniture line can: most lines are told apart by one character. */
    private static boolean mayBeFurniture(String line) {
        return !line.isEmpty() && " \t\n\u000b\f\r0123456789PpACLi-".indexOf(line.charAt(0)) >= 0;
    }

    /**
     * One table cell, or a paragraph already known not to be furniture: bookmarks and HTML out, HTML paragraphs and
     * list items kept as line breaks. A cell holding just "7" is a number column, not a page number. Linear in the
     * text's length, whatever the text (see {@link Markup}).
     */
    public static String strip(String raw) {
        String text = Markup.withoutBookmarks(raw);
        text = Markup.breaksAsNewLines(text);
        text = Markup.withoutTags(text);
        text = entities(text).replace('\u00a0', ' ').replace("\u200b", "").replace("\ufeff", "");
        StringBuilder kept = new StringBuilder();
        for (String part : text.split("\n", -1)) {
            String line = (part.contains("  ") ? SPACES.matcher(part).replaceAll(" ") : part).strip();
            if (!kept.isEmpty() && !line.isEmpty()) {
                kept.append('\n');
            }
            kept.append(line);
        }
        return kept.toString();
    }

    /** The entities Word's HTML fragments use; "&amp;" last so that "&amp;lt;" stays "&lt;" as written. */
    private static String entities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        String named = text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&rsquo;", "\u2019")
                .replace("&lsquo;", "\u2018")
                .replace("&ndash;", "\u2013")
                .replace("&mdash;", "\u2014")
                .replace("&pound;", "\u00a3");
        named = NUMERIC_ENTITY.matcher(named).replaceAll(m -> {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            return Character.isValidCodePoint(code)
                    ? java.util.regex.Matcher.quoteReplacement(Character.toString(code))
                    : m.group();
        });
        return named.replace("&amp;", "&");
    }
}
