package uk.gov.lga.hub.importer.text;

import java.util.List;
import org.w3c.dom.Element;

/** Tables (w:tbl): rows are the direct w:tr, cells the direct w:tc, as POI's XWPFTable reads them. */
final class WordTable {

    private WordTable() {}

    static List<Element> rows(Element table) {
        return WordXml.children(table, "tr");
    }

    static List<Element> cells(Element row) {
        return WordXml.children(row, "tc");
    }

    /** A cell's paragraphs, tables and content controls, in order. */
    static List<Element> contents(Element cell) {
        return WordXml.children(cell).stream()
                .filter(e -> WordXml.is(e, "p") || WordXml.is(e, "tbl") || WordXml.is(e, "sdt"))
                .toList();
    }

    /**
     * A cell's text with nested tables' text inside it (POI's XWPFTableCell.getTextRecursively()): a tab after
     * each paragraph or control and a line break after each table that is not the cell's last.
     */
    static String cellTextRecursively(Element cell, WordNotes notes) {
        StringBuilder text = new StringBuilder(64);
        appendContents(cell, text, notes);
        return text.toString();
    }

    private static void appendContents(Element cell, StringBuilder text, WordNotes notes) {
        List<Element> contents = contents(cell);
        for (int i = 0; i < contents.size(); i++) {
            Element element = contents.get(i);
            boolean last = i == contents.size() - 1;
            if (WordXml.is(element, "p")) {
                text.append(new WordParagraph(element, notes).text()).append(last ? "" : "\t");
            } else if (WordXml.is(element, "tbl")) {
                for (Element row : rows(element)) {
                    for (Element nested : cells(row)) {
                        appendContents(nested, text, notes);
                    }
                }
                text.append(last ? "" : "\n");
            } else {
                text.append(ContentControl.text(element, notes)).append(last ? "" : "\t");
            }
        }
    }
}
