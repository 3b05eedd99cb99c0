package uk.gov.lga.hub.persistence.search;

/**
 * Text from the index made safe for HTML: everything escaped, then the markers {@code ts_headline} put around the
 * matched words (private-use characters, stripped from the text before it ran) turned into {@code <mark>}.
 */
final class Snippets {

    private Snippets() {}

    static String html(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case SearchSql.START -> {
                    if (!open) {
                        out.append("<mark>");
                        open = true;
                    }
                }
                case SearchSql.STOP -> {
                    if (open) {
                        out.append("</mark>");
                        open = false;
                    }
                }
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        if (open) {
            out.append("</mark>");
        }
        return out.toString();
    }
}
