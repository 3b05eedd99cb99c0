package uk.gov.lga.hub.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text as the parsers read it: one entry per paragraph (or table row, cells separated by tabs), with Word's
 * export noise removed — bookmarks, HTML tags and entities, page numbers on their own, and the LGA's letterhead
 * footer lines. Both a text export and a .docx end up here, so there is one parser for both.
 */
public final class Lines {

    private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
    private static final Pattern BREAK_TAGS = Pattern.compile("(?i)</p>\\s*<(?:p|ul|ol)[^>]*>|<br\\s*/?>|</li>\\s*|<li[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\s*$");
    private static final List<Pattern> FURNITURE = List.of(
            Pattern.compile("^18 Smith Square.*"), Pattern.compile("^(Acting )?Chief Executive: .*"),
            Pattern.compile("^Local Government Association company number.*"),
            Pattern.compile("^image\\d+\\.(jpeg|jpg|png|emf)$"), Pattern.compile("^-{3,}(\\t-+)*$"));

    private Lines() {
    }

    /** A text export: each line a paragraph. */
    public static List<String> ofText(String text) {
        List<String> lines = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            lines.add(clean(raw));
        }
        return lines;
    }

    /** One paragraph or cell: noise out, HTML paragraphs and list items kept as line breaks inside it. */
    public static String clean(String raw) {
        String text = BOOKMARK.matcher(raw).replaceAll("");
        text = BREAK_TAGS.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace('\u00a0', ' ');
        StringBuilder kept = new StringBuilder();
        for (String part : text.split("\n", -1)) {
            String line = part.replaceAll("[ ]{2,}", " ").strip();
            if (!kept.isEmpty() && !line.isEmpty()) {
                kept.append('\n');
            }
            kept.append(line);
        }
        String cleaned = kept.toString();
        if (PAGE_NUMBER.matcher(cleaned).matches() || FURNITURE.stream().anyMatch(p -> p.matcher(cleaned).matches())) {
            return "";
        }
        return cleaned;
    }
}
