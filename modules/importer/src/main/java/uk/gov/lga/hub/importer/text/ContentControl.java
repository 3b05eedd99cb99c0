package uk.gov.lga.hub.importer.text;

import java.util.Arrays;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * The text of a content control (w:sdt) as the reader has always taken it (POI's XWPFSDTContent.getText()): its
 * paragraphs, tables and nested controls a line each, table cells separated by tabs.
 */
final class ContentControl {

    private ContentControl() {}

    /**
     * A control around paragraphs and tables (in the body or a cell): its paragraphs (their runs' text alone),
     * tables and nested controls in order, a line break between them.
     */
    static String text(Element sdt, WordNotes notes) {
        return parts(sdt, notes, "p", "tbl", "sdt");
    }

    /** A control inside a paragraph, around runs: their text, and a line break after a nested control. */
    static String inlineText(Element sdt, WordNotes notes) {
        return parts(sdt, notes, "r", "sdt");
    }

    /** The parts of the kinds that may be there (POI's schema-typed reading passes over the others). */
    private static String parts(Element sdt, WordNotes notes, String... kinds) {
        Element content = WordXml.child(sdt, "sdtContent");
        if (content == null) {
            return "";
        }
        List<Element> parts = WordXml.children(content).stream()
                .filter(e -> Arrays.stream(kinds).anyMatch(kind -> WordXml.is(e, kind)))
                .toList();
        StringBuilder text = new StringBuilder();
        boolean lineAfter = false;
        for (int i = 0; i < parts.size(); i++) {
            Element part = parts.get(i);
            switch (part.getLocalName()) {
                case "p" -> {
                    text.append(new WordParagraph(part, notes).runsText());
                    lineAfter = true;
                }
                case "tbl" -> {
                    table(part, text, notes);
                    lineAfter = true;
                }
                case "sdt" -> {
                    text.append(kinds[0].equals("r") ? inlineText(part, notes) : text(part, notes));
                    lineAfter = true;
                }
                default -> {
                    text.append(WordRun.printed(part));
                    lineAfter = false;
                }
            }
            if (lineAfter && i < parts.size() - 1) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** Each row a line, its cells (and controls around cells) separated by tabs. */
    private static void table(Element table, StringBuilder text, WordNotes notes) {
        for (Element row : WordXml.children(table, "tr")) {
            List<Element> cells = WordXml.children(row).stream()
                    .filter(e -> WordXml.is(e, "tc") || WordXml.is(e, "sdt"))
                    .toList();
            for (int i = 0; i < cells.size(); i++) {
                text.append(
                        WordXml.is(cells.get(i), "tc")
                                ? WordTable.cellTextRecursively(cells.get(i), notes)
                                : cellControlText(cells.get(i)));
                if (i < cells.size() - 1) {
                    text.append('\t');
                }
            }
            text.append('\n');
        }
    }

    /**
     * A control around cells (POI's XWPFSDTContentCell): every character in it, a tab between cells and a line
     * break between the paragraphs, tables and controls of a cell.
     */
    private static String cellControlText(Element sdt) {
        Element content = WordXml.child(sdt, "sdtContent");
        StringBuilder text = new StringBuilder();
        if (content != null) {
            cellControlText(content, text, new int[2]);
        }
        return text.toString();
    }

    /** {@code counts}: cells so far in the row, and parts so far in the cell. */
    private static void cellControlText(Element parent, StringBuilder text, int[] counts) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Text piece) {
                text.append(piece.getData());
            } else if (node instanceof Element element) {
                switch (element.getLocalName() == null ? "" : element.getLocalName()) {
                    case "tr" -> {
                        counts[0] = 0;
                        counts[1] = 0;
                    }
                    case "tc" -> {
                        text.append(counts[0]++ > 0 ? "\t" : "");
                        counts[1] = 0;
                    }
                    case "p", "tbl", "sdt" -> text.append(counts[1]++ > 0 ? "\n" : "");
                    default -> {
                        // other elements only hold text
                    }
                }
                cellControlText(element, text, counts);
            }
        }
    }
}
