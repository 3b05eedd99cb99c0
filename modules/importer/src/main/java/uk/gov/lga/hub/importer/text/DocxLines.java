package uk.gov.lga.hub.importer.text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import uk.gov.lga.hub.importer.NotAReport;

/**
 * A Word document as {@link Lines}: each paragraph with the number Word prints before it (worked out from the
 * document's numbering definitions, so "2.1", "1." or "a)" read as they look), each table row as tab-separated
 * cells. Anything that is not a readable .docx is refused with a clear message.
 */
public final class DocxLines {

    private DocxLines() {
    }

    public static List<String> of(InputStream docx) {
        try (XWPFDocument document = new XWPFDocument(docx)) {
            List<String> lines = new ArrayList<>();
            Map<BigInteger, int[]> counters = new HashMap<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(Lines.clean(label(paragraph, counters) + paragraph.getText()));
                } else if (element instanceof XWPFTable table) {
                    table.getRows().forEach(row -> lines.add(row.getTableCells().stream()
                            .map(cell -> Lines.clean(cell.getText()).replace('\t', ' '))
                            .collect(Collectors.joining("\t"))));
                }
            }
            return lines;
        } catch (IOException | RuntimeException notWord) {
            throw new NotAReport("This file could not be read as a Word document (.docx). Upload the report as"
                    + " a .docx file, or paste its text.", notWord);
        }
    }

    /** The number Word shows before a numbered paragraph, e.g. "2.1 " for level text "%1.%2"; "" if none. */
    private static String label(XWPFParagraph paragraph, Map<BigInteger, int[]> counters) {
        BigInteger numId = paragraph.getNumID();
        if (numId == null || paragraph.getNumLevelText() == null) {
            return "";
        }
        int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < count.length; deeper++) {
            count[deeper] = 0;
        }
        String format = paragraph.getNumFmt() == null ? "decimal" : paragraph.getNumFmt();
        if (format.equals("bullet")) {
            return "• ";
        }
        String text = paragraph.getNumLevelText();
        for (int l = 0; l <= level; l++) {
            // Parent levels print as decimals in multi-level lists ("2.1"); the paragraph's own level in its format.
            text = text.replace("%" + (l + 1), l == level ? format(count[l], format) : String.valueOf(Math.max(1, count[l])));
        }
        return text + " ";
    }

    private static String format(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> String.valueOf((char) ('a' + (n - 1) % 26));
            case "upperLetter" -> String.valueOf((char) ('A' + (n - 1) % 26));
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            default -> String.valueOf(n);
        };
    }

    private static String roman(int n) {
        String[] r = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"};
        return n < r.length ? r[n] : String.valueOf(n);
    }
}
