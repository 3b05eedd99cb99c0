package uk.gov.lga.hub.importer.text;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The number Word prints before a paragraph, which is not in its text: worked out from the numbering definitions
 * ("%1.%2" with decimal levels prints "2.1", "%1)" with lowerLetter prints "a)"), counting paragraphs as Word
 * does. Numbering may sit on the paragraph or on its style (numbered headings), so both are looked at.
 */
final class WordNumbering {

    /** Word's levels are 0 to 8. */
    private static final int LEVELS = 9;

    private record Ref(BigInteger numId, int level) {}

    private final WordStyles styles;
    /** w:num by w:numId (a list, pointing at its definition), and w:abstractNum by w:abstractNumId; first wins. */
    private final Map<BigInteger, Element> lists = new HashMap<>();

    private final Map<BigInteger, Element> definitions = new HashMap<>();
    /** Current value per list and level; null while a level has not started (or was restarted by a parent). */
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();

    /** {@code numbering} is the w:numbering part, or null when the document has none. */
    WordNumbering(Element numbering, WordStyles styles) {
        this.styles = styles;
        if (numbering != null) {
            for (Element definition : WordXml.children(numbering, "abstractNum")) {
                String id = WordXml.attribute(definition, "abstractNumId");
                if (id != null) {
                    definitions.putIfAbsent(new BigInteger(id.strip()), definition);
                }
            }
            for (Element list : WordXml.children(numbering, "num")) {
                String id = WordXml.attribute(list, "numId");
                if (id != null) {
                    lists.putIfAbsent(new BigInteger(id.strip()), list);
                }
            }
        }
    }

    /** "2.1 ", "a) ", "• ", or "" when the paragraph is not numbered. */
    String label(WordParagraph paragraph) {
        Ref ref = ref(paragraph);
        Element list = ref == null ? null : lists.get(ref.numId);
        Element definition = definitionOf(list);
        Element own = definition == null ? null : level(definition, ref.level);
        if (own == null || ref.level < 0 || ref.level >= LEVELS) {
            return "";
        }
        Integer[] count = counters.computeIfAbsent(ref.numId, id -> new Integer[LEVELS]);
        count[ref.level] = count[ref.level] == null ? start(list, definition, ref.level) : count[ref.level] + 1;
        for (int deeper = ref.level + 1; deeper < count.length; deeper++) {
            count[deeper] = null;
        }
        String format = format(own);
        if (format.equals("bullet")) {
            return "• ";
        }
        String text = WordXml.val(own, "lvlText");
        if (format.equals("none") || text == null) {
            return "";
        }
        boolean legal = WordXml.child(own, "isLgl") != null; // legal numbering prints every level in decimal
        for (int l = 0; l <= ref.level; l++) {
            Element lvl = level(definition, l);
            int value = count[l] == null ? start(list, definition, l) : count[l];
            String lvlFormat = legal || lvl == null ? "decimal" : format(lvl);
            text = text.replace("%" + (l + 1), NumberFormats.print(value, lvlFormat));
        }
        return text.strip() + " ";
    }

    /** The list and level of a paragraph: its own numbering, else the numbering of its style (or a base style). */
    private Ref ref(WordParagraph paragraph) {
        BigInteger numId = paragraph.numId();
        if (numId != null) {
            BigInteger level = paragraph.numLevel();
            return numId.signum() == 0 ? null : new Ref(numId, level == null ? 0 : level.intValue());
        }
        for (String styleId : styles.withBases(paragraph.styleId())) {
            Element style = styles.style(styleId);
            if (style == null) {
                return null;
            }
            Element numPr = WordXml.child(WordXml.child(style, "pPr"), "numPr");
            BigInteger styleNumId = WordXml.number(numPr, "numId");
            if (styleNumId != null) {
                BigInteger level = WordXml.number(numPr, "ilvl");
                return styleNumId.signum() == 0
                        ? null
                        : new Ref(
                                styleNumId,
                                level != null ? level.intValue() : levelLinkedTo(styleNumId, paragraph.styleId()));
            }
        }
        return null;
    }

    /** The level whose pStyle names this style: how numbered headings say which level they are. */
    private int levelLinkedTo(BigInteger numId, String styleId) {
        Element definition = definitionOf(lists.get(numId));
        if (definition != null) {
            for (Element lvl : WordXml.children(definition, "lvl")) {
                String ilvl = WordXml.attribute(lvl, "ilvl");
                if (styleId.equals(WordXml.val(lvl, "pStyle")) && ilvl != null) {
                    return new BigInteger(ilvl.strip()).intValue();
                }
            }
        }
        return 0;
    }

    private Element definitionOf(Element list) {
        BigInteger abstractNumId = list == null ? null : WordXml.number(list, "abstractNumId");
        return abstractNumId == null ? null : definitions.get(abstractNumId);
    }

    private static Element level(Element definition, int level) {
        for (Element lvl : WordXml.children(definition, "lvl")) {
            String ilvl = WordXml.attribute(lvl, "ilvl");
            if (ilvl != null && new BigInteger(ilvl.strip()).intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    /** Where a level starts: the list's w:startOverride, else the definition's w:start, else 1. */
    private static int start(Element list, Element definition, int level) {
        for (Element override : WordXml.children(list, "lvlOverride")) {
            String ilvl = WordXml.attribute(override, "ilvl");
            BigInteger start = WordXml.number(override, "startOverride");
            if (ilvl != null && new BigInteger(ilvl.strip()).intValue() == level && start != null) {
                return start.intValue();
            }
        }
        BigInteger start = WordXml.number(level(definition, level), "start");
        return start == null ? 1 : start.intValue();
    }

    private static String format(Element lvl) {
        String format = WordXml.val(lvl, "numFmt");
        return format == null ? "decimal" : format.toLowerCase(Locale.ROOT);
    }
}
