package uk.gov.lga.hub.importer.text;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/** {@link WordNumbering} as it was on Apache POI, for {@link PoiDocxLines}. Unchanged but for its name. */
final class PoiWordNumbering {

    private record Ref(BigInteger numId, int level) {}

    private final XWPFDocument document;
    /** Current value per list and level; null while a level has not started (or was restarted by a parent). */
    private final Map<BigInteger, Integer[]> counters = new HashMap<>();

    PoiWordNumbering(XWPFDocument document) {
        this.document = document;
    }

    /** "2.1 ", "a) ", "• ", or "" when the paragraph is not numbered. */
    String label(XWPFParagraph paragraph) {
        Ref ref = ref(paragraph);
        XWPFNumbering numbering = document.getNumbering();
        if (ref == null || numbering == null || numbering.getNum(ref.numId) == null) {
            return "";
        }
        XWPFNum num = numbering.getNum(ref.numId);
        XWPFAbstractNum abstractNum =
                numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return "";
        }
        CTAbstractNum definition = abstractNum.getCTAbstractNum();
        CTLvl own = level(definition, ref.level);
        if (own == null) {
            return "";
        }
        Integer[] count = counters.computeIfAbsent(ref.numId, id -> new Integer[9]);
        count[ref.level] = count[ref.level] == null ? start(num, definition, ref.level) : count[ref.level] + 1;
        for (int deeper = ref.level + 1; deeper < count.length; deeper++) {
            count[deeper] = null;
        }
        String format = format(own);
        if (format.equals("bullet")) {
            return "• ";
        }
        if (format.equals("none") || own.getLvlText() == null) {
            return "";
        }
        String text = own.getLvlText().getVal();
        boolean legal = own.isSetIsLgl();
        for (int l = 0; l <= ref.level; l++) {
            CTLvl lvl = level(definition, l);
            int value = count[l] == null ? start(num, definition, l) : count[l];
            String lvlFormat = legal || lvl == null ? "decimal" : format(lvl);
            text = text.replace("%" + (l + 1), NumberFormats.print(value, lvlFormat));
        }
        return text.strip() + " ";
    }

    /** The list and level of a paragraph: its own numbering, else the numbering of its style (or a base style). */
    private Ref ref(XWPFParagraph paragraph) {
        if (paragraph.getNumID() != null) {
            BigInteger level = paragraph.getNumIlvl();
            return paragraph.getNumID().signum() == 0
                    ? null
                    : new Ref(paragraph.getNumID(), level == null ? 0 : level.intValue());
        }
        XWPFStyles styles = document.getStyles();
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styles != null && styleId != null && depth < 10; depth++) {
            XWPFStyle style = styles.getStyle(styleId);
            if (style == null) {
                return null;
            }
            var ppr = style.getCTStyle().getPPr();
            CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
            if (numPr != null && numPr.getNumId() != null) {
                BigInteger numId = numPr.getNumId().getVal();
                int level = numPr.getIlvl() != null
                        ? numPr.getIlvl().getVal().intValue()
                        : levelLinkedTo(numId, paragraph.getStyleID());
                return numId.signum() == 0 ? null : new Ref(numId, level);
            }
            styleId = style.getBasisStyleID();
        }
        return null;
    }

    /** The level whose pStyle names this style: how numbered headings say which level they are. */
    private int levelLinkedTo(BigInteger numId, String styleId) {
        XWPFNumbering numbering = document.getNumbering();
        XWPFNum num = numbering == null ? null : numbering.getNum(numId);
        XWPFAbstractNum abstractNum = num == null
                ? null
                : numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum != null) {
            for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
                if (lvl.getPStyle() != null && styleId.equals(lvl.getPStyle().getVal())) {
                    return lvl.getIlvl().intValue();
                }
            }
        }
        return 0;
    }

    private static CTLvl level(CTAbstractNum definition, int level) {
        for (CTLvl lvl : definition.getLvlArray()) {
            if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
                return lvl;
            }
        }
        return null;
    }

    private static int start(XWPFNum num, CTAbstractNum definition, int level) {
        for (CTNumLvl override : num.getCTNum().getLvlOverrideList()) {
            if (override.getIlvl().intValue() == level && override.getStartOverride() != null) {
                return override.getStartOverride().getVal().intValue();
            }
        }
        CTLvl lvl = level(definition, level);
        return lvl == null || lvl.getStart() == null
                ? 1
                : lvl.getStart().getVal().intValue();
    }

    private static String format(CTLvl lvl) {
        return lvl.getNumFmt() == null
                ? "decimal"
                : lvl.getNumFmt().getVal().toString().toLowerCase(Locale.ROOT);
    }
}
