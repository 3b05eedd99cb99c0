package uk.gov.lga.hub.importer.text;

import java.util.function.IntUnaryOperator;

/**
 * The export noise {@link Lines} takes out — Word's bookmarks, HTML paragraph and list breaks, other tags and
 * comments — found by single-pass scanners instead of regular expressions, so that a text built to defeat them
 * ("&lt;a" a million times and never a "&gt;") costs time in proportion to its length. A regular expression
 * retries its search from every opening it sees, and each retry reads to the end of the text: quadratic. Here,
 * once no closing mark follows a place, none follows any later place either, and each search for a closing mark
 * is remembered until the scan passes it. Each method does what the regular expression in its comment did.
 */
final class Markup {

    private static final String BOOKMARK = "[bookmark: ";

    private Markup() {}

    /** {@code \[bookmark: [^\]]*\]} removed. */
    static String withoutBookmarks(String text) {
        int open = text.indexOf(BOOKMARK);
        if (open < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            int close = text.indexOf(']', open + BOOKMARK.length());
            if (close < 0) {
                break; // no ']' after this opening, so none after any later one
            }
            kept.append(text, from, open);
            from = close + 1;
            open = text.indexOf(BOOKMARK, from);
        }
        return kept.append(text, from, text.length()).toString();
    }

    /**
     * {@code (?i)</p>\s*<(?:p|ul|ol)[^>]*>|<br\s*\/?>|</li>\s*|<li[^>]*>} each replaced by a line break: HTML
     * paragraphs and list items stay apart as lines.
     */
    static String breaksAsNewLines(String text) {
        NextIndex closing = new NextIndex(from -> text.indexOf('>', from));
        return replaceTags(text, at -> breakEnd(text, at, closing), "\n");
    }

    /** {@code <!--.*?-->|</?[a-zA-Z][^>]*>} removed: comments (within a line) and tags. */
    static String withoutTags(String text) {
        NextIndex closing = new NextIndex(from -> text.indexOf('>', from));
        NextIndex commentEnd = new NextIndex(from -> text.indexOf("-->", from));
        NextIndex lineEnd = new NextIndex(from -> NextIndex.lineTerminator(text, from));
        return replaceTags(text, at -> tagEnd(text, at, closing, commentEnd, lineEnd), "");
    }

    /** Each tag (from a '&lt;' to where {@code end} says it ends, or -1 if it is no tag) replaced. */
    private static String replaceTags(String text, IntUnaryOperator end, String replacement) {
        int open = text.indexOf('<');
        if (open < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        int from = 0;
        while (open >= 0) {
            int tagEnd = end.applyAsInt(open);
            if (tagEnd < 0) {
                open = text.indexOf('<', open + 1);
            } else {
                kept.append(text, from, open).append(replacement);
                from = tagEnd;
                open = text.indexOf('<', tagEnd);
            }
        }
        return kept.append(text, from, text.length()).toString();
    }

    private static int breakEnd(String text, int at, NextIndex closing) {
        if (startsWithIgnoringCase(text, at, "</p>")) {
            int next = skipSpace(text, at + 4);
            if (next < text.length() && text.charAt(next) == '<') {
                for (String list : new String[] {"p", "ul", "ol"}) {
                    if (startsWithIgnoringCase(text, next + 1, list)) {
                        return after(closing.from(next + 1 + list.length()));
                    }
                }
            }
            return -1;
        }
        if (startsWithIgnoringCase(text, at, "<br")) {
            int next = skipSpace(text, at + 3);
            next += next < text.length() && text.charAt(next) == '/' ? 1 : 0;
            return next < text.length() && text.charAt(next) == '>' ? next + 1 : -1;
        }
        if (startsWithIgnoringCase(text, at, "</li>")) {
            return skipSpace(text, at + 5);
        }
        return startsWithIgnoringCase(text, at, "<li") ? after(closing.from(at + 3)) : -1;
    }

    private static int tagEnd(String text, int at, NextIndex closing, NextIndex commentEnd, NextIndex lineEnd) {
        if (text.startsWith("<!--", at)) {
            int end = commentEnd.from(at + 4);
            int line = lineEnd.from(at + 4);
            return end >= 0 && (line < 0 || end < line) ? end + 3 : -1;
        }
        int name = at + 1 < text.length() && text.charAt(at + 1) == '/' ? at + 2 : at + 1;
        return name < text.length() && isAsciiLetter(text.charAt(name)) ? after(closing.from(name + 1)) : -1;
    }

    private static int after(int index) {
        return index < 0 ? -1 : index + 1;
    }

    /** Past {@code \s*}: Java's \s is [ \t\n\x0B\f\r]. */
    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** As (?i) without UNICODE_CASE: ASCII letters only, so "&lt;lı" is not "&lt;li". */
    private static boolean startsWithIgnoringCase(String text, int at, String ascii) {
        if (at < 0 || at + ascii.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (lowerAscii(text.charAt(at + i)) != lowerAscii(ascii.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
