package uk.gov.lga.hub.application.export;

import java.util.regex.Pattern;

/** Text made safe to put in SpreadsheetML: escaped, and without the characters XML 1.0 cannot hold at all. */
final class XmlText {

    /** "_x0041_" in a cell is Excel's escape for "A": text that looks like one is itself escaped ("_x005F_"). */
    private static final Pattern EXCEL_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private XmlText() {}

    /** Escaped for an element's content or an attribute value (quotes escaped too). */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\r' -> escaped.append("&#13;"); // a bare one would be read back as "\n"
                default -> {
                    if (allowed(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** A cell's text: Excel's own "_xHHHH_" escapes kept as typed, then escaped for XML. */
    static String cell(String text) {
        return escape(EXCEL_ESCAPE.matcher(text).replaceAll("_x005F_$1"));
    }

    /** Without the characters XML 1.0 forbids (control characters, lone surrogates, U+FFFE and U+FFFF). */
    static String allowedOnly(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::allowed).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
