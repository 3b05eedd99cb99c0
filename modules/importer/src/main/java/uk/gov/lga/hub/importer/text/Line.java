package uk.gov.lga.hub.importer.text;

import java.util.regex.Pattern;

/**
 * One paragraph (or table row, cells separated by tabs) of a document, already cleaned of export noise, and the
 * heading level it has: from its Word heading style when there is one, else from the way LGA reports number their
 * sections ("3 Summary…" is a section, "3.1 The peer team" a subsection). 0 means body text.
 */
public record Line(String text, int headingLevel) {

    /** "3 Summary of the peer challenge approach": a number without a full stop, then a short heading. */
    private static final Pattern SECTION = Pattern.compile("^\\d+\\s+[A-Z][^.]{2,80}$");
    /** "3.1 The peer team", "2.10 Workforce Diversity". */
    private static final Pattern SUBSECTION = Pattern.compile("^\\d+\\.\\d+\\s+[A-Z][^.]{2,80}$");
    /**
     * "2.6" and a tab. Possessive, because a repeated group that may backtrack is matched by recursion in Java:
     * "1.1.1…" a few thousand times over would overflow the stack. Nothing is lost: a tab must follow the digits.
     */
    private static final Pattern NUMBER_THEN_TAB = Pattern.compile("^(\\d++(?:\\.\\d++)*+)\t");

    public static Line of(String text, int styleHeadingLevel) {
        if (styleHeadingLevel > 0) {
            return new Line(text, styleHeadingLevel);
        }
        // "2.6<tab>Transformation programme" is a numbered heading; any other tab makes it a table row.
        if (text.isEmpty() || text.charAt(0) < '0' || text.charAt(0) > '9') {
            return new Line(text, 0); // every heading number starts with a digit: no pattern needed for most lines
        }
        String probe = NUMBER_THEN_TAB.matcher(text).replaceFirst("$1 ");
        if (probe.contains("\t")) {
            return new Line(text, 0);
        }
        return new Line(
                text,
                SECTION.matcher(probe).matches() ? 1 : SUBSECTION.matcher(probe).matches() ? 2 : 0);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    /** A heading at {@code level} or above (1 is the top), which ends a section opened at that level. */
    public boolean endsSectionAt(int level) {
        return headingLevel > 0 && headingLevel <= Math.max(1, level);
    }
}
