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

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern BREAK_TAGS = Pattern.compile(
            "(?i)</p>\\s*<(?:p|ul|ol)[^>]*>|<br\\s*/?>|</li>\\s*|<li[^>]*>");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|</?[a-zA-Z][^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:Page\\s+)?\\d{1,3}(?:\\s+of\\s+\\d{1,3})?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("^18 Smith Square.*"), Pattern.compile("^(Acting )?Chief Executive: .*"),
            Pattern.compile("^Local Government Association company number.*"),
            Pattern.compile("^image\\d+\\.(jpeg|jpg|png|emf|wmf|gif)$"), Pattern.compile("^-{3,}(\\t-+)*$"));

    private Lines() {
    }

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
        return List.of((text == null ? "" : text).replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    /** One paragraph: noise out, and nothing left of it if it is page furniture (a page number, the footer). */
    public static String clean(String raw) {
        String cleaned = strip(raw);
        if (PAGE_NUMBER.matcher(cleaned).matches() || FURNITURE.stream().anyMatch(p -> p.matcher(cleaned).matches())) {
            return "";
        }
        return cleaned;
    }

    /**
     * One table cell, or a paragraph already known not to be furniture: bookmarks and HTML out, HTML paragraphs and
     * list items kept as line breaks. A cell holding just "7" is a number column, not a page number.
     */
    public static String strip(String raw) {
        String text = BOOKMARK.matcher(raw).replaceAll("");
        text = BREAK_TAGS.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = entities(text).replace('\u00a0', ' ').replace("\u200b", "").replace("\ufeff", "");
        StringBuilder kept = new StringBuilder();
        for (String part : text.split("\n", -1)) {
            String line = part.replaceAll("[ ]{2,}", " ").strip();
            if (!kept.isEmpty() && !line.isEmpty()) {
                kept.append('\n');
            }
            kept.append(line);
        }
        return kept.toString();
    }

    /** The entities Word's HTML fragments use; "&amp;" last so that "&amp;lt;" stays "&lt;" as written. */
    private static String entities(String text) {
        String named = text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&rsquo;", "\u2019").replace("&lsquo;", "\u2018").replace("&ndash;", "\u2013")
                .replace("&mdash;", "\u2014").replace("&pound;", "\u00a3");
        named = NUMERIC_ENTITY.matcher(named).replaceAll(m -> {
            int code = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
            return Character.isValidCodePoint(code) ? java.util.regex.Matcher.quoteReplacement(Character.toString(code))
                    : m.group();
        });
        return named.replace("&amp;", "&");
    }
}
