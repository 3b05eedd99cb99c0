package uk.gov.lga.hub.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import uk.gov.lga.hub.importer.DocxLimits;
import uk.gov.lga.hub.importer.TooLargeOnceOpened;
import uk.gov.lga.hub.importer.UnreadableDocument;

/**
 * The reader as it was until 2026, on Apache POI, kept in the tests only: DocxLinesSameAsPoiTest proves
 * that {@link DocxLines} (the JDK alone) gives exactly its lines. Unchanged but for its name.
 */
public final class PoiDocxLines {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)^heading\\s*([1-9])$");
    private static final String TEXT_BOX_PARAGRAPHS = "declare namespace w='http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main' .//w:txbxContent/w:p";

    private PoiDocxLines() {}

    public static List<Line> of(InputStream docx) {
        return of(docx, DocxLimits.DEFAULT);
    }

    /**
     * The document's lines, once its unpacked size and part count are known to be within {@code limits}. The
     * stream is read whole first (the caller bounds its size: the service refuses large uploads before this).
     *
     * @throws TooLargeOnceOpened over a limit; {@link UnreadableDocument} if it is not a readable .docx
     */
    public static List<Line> of(InputStream docx, DocxLimits limits) {
        byte[] bytes;
        try {
            bytes = docx.readAllBytes();
        } catch (IOException unreadable) {
            throw new UnreadableDocument(unreadable);
        }
        ZipBombGuard.check(bytes, limits);
        XWPFDocument document = open(new ByteArrayInputStream(bytes));
        try (document) {
            PoiWordNumbering numbering = new PoiWordNumbering(document);
            List<Line> lines = new ArrayList<>();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    textBoxes(paragraph, lines);
                    lines.add(Line.of(
                            Lines.clean(numbering.label(paragraph) + paragraph.getText()),
                            headingLevel(document, paragraph)));
                } else if (element instanceof XWPFTable table) {
                    table.getRows()
                            .forEach(row -> lines.add(Line.of(
                                    row.getTableCells().stream()
                                            .map(cell -> cellText(cell, numbering))
                                            .collect(Collectors.joining("\t")),
                                    0)));
                } else if (element instanceof XWPFSDT control) {
                    Lines.split(control.getContent().getText())
                            .forEach(text -> lines.add(Line.of(Lines.clean(text), 0)));
                }
            }
            return lines;
        } catch (IOException | RuntimeException damaged) {
            // Opened, but its parts cannot be read: still the reader's "cannot read this file", not a stack trace.
            throw new UnreadableDocument(damaged);
        } catch (StackOverflowError nestedTooDeep) {
            throw new UnreadableDocument(nestedTooDeep); // tables in tables thousands deep: no Word file does that
        }
    }

    private static XWPFDocument open(InputStream docx) {
        try {
            return new XWPFDocument(docx);
        } catch (IOException | RuntimeException | StackOverflowError notWord) {
            // POI builds nested tables by recursion: a file nested thousands deep overflows it, and is no report.
            throw new UnreadableDocument(notWord);
        }
    }

    /** A cell's paragraphs one a line (POI's own cell text runs them together), numbered as printed. */
    private static String cellText(XWPFTableCell cell, PoiWordNumbering numbering) {
        List<String> paragraphs = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(Lines.strip(numbering.label(paragraph) + paragraph.getText()));
            } else if (element instanceof XWPFTable nested) {
                nested.getRows()
                        .forEach(row -> row.getTableCells().forEach(c -> paragraphs.add(cellText(c, numbering))));
            }
        }
        return Lines.strip(String.join("<br>", paragraphs).replace('\t', ' '));
    }

    /** Text boxes anchored in the paragraph, once each (Word stores a copy for older readers). */
    private static void textBoxes(XWPFParagraph paragraph, List<Line> lines) {
        List<String> seen = new ArrayList<>();
        for (XmlObject box : paragraph.getCTP().selectPath(TEXT_BOX_PARAGRAPHS)) {
            try (XmlCursor cursor = box.newCursor()) {
                String text = Lines.clean(cursor.getTextValue());
                if (!text.isBlank()
                        && !seen.contains(text)
                        && !paragraph.getText().contains(text)) {
                    seen.add(text);
                    lines.add(Line.of(text, 0));
                }
            }
        }
    }

    /** From the style ("Heading 2", also through a base style) or the paragraph's outline level; 0 for body text. */
    private static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String styleId = paragraph.getStyleID();
        for (int depth = 0; styleId != null && depth < 10; depth++) {
            XWPFStyle style =
                    document.getStyles() == null ? null : document.getStyles().getStyle(styleId);
            for (String name : new String[] {styleId, style == null ? null : style.getName()}) {
                Matcher heading = name == null
                        ? null
                        : HEADING_STYLE.matcher(name.toLowerCase(Locale.ROOT).strip());
                if (heading != null && heading.matches()) {
                    return Integer.parseInt(heading.group(1));
                }
            }
            styleId = style == null ? null : style.getBasisStyleID();
        }
        var ppr = paragraph.getCTP().getPPr();
        if (ppr != null
                && ppr.getOutlineLvl() != null
                && ppr.getOutlineLvl().getVal().intValue() < 9) {
            return ppr.getOutlineLvl().getVal().intValue() + 1;
        }
        return 0;
    }
}
