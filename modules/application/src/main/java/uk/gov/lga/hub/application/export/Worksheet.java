package uk.gov.lga.hub.application.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * One table as a SpreadsheetML worksheet: the headings in bold in a frozen top row, numbers as numbers, dates as
 * dates shown "15 January 2024", Booleans as "Yes" and "No", anything else as text (inline, so no shared strings).
 */
final class Worksheet {

    /** Style indexes in {@link Xlsx}'s styles.xml. */
    static final int BOLD = 1;

    static final int DATE = 2;

    /** Excel's limit for a cell's text: longer text makes Excel report the file damaged. */
    static final int MAX_TEXT = 32_767;

    /** Day 0 of Excel's dates, from 1 March 1900 (Excel counts a 29 February 1900 that never was). */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);

    private static final LocalDate FIRST_SERIAL_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate FICTITIOUS_LEAP_DAY = LocalDate.of(1900, 3, 1);
    private static final DateTimeFormatter AS_TEXT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Worksheet() {}

    static String xml(Table table, boolean selected) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews>"
                + "<sheetView workbookViewId=\"0\"" + (selected ? " tabSelected=\"1\"" : "") + ">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\"/></sheetView></sheetViews><sheetData>");
        xml.append("<row r=\"1\">");
        for (int c = 0; c < table.headings().size(); c++) {
            text(xml, reference(c, 1), table.headings().get(c), BOLD);
        }
        xml.append("</row>");
        int r = 2;
        for (List<Object> values : table.rows()) {
            xml.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < values.size(); c++) {
                cell(xml, reference(c, r), values.get(c));
            }
            xml.append("</row>");
            r++;
        }
        return xml.append("</sheetData></worksheet>").toString();
    }

    private static void cell(StringBuilder xml, String reference, Object value) {
        if (value instanceof Number number) {
            number(xml, reference, number.doubleValue());
        } else if (value instanceof LocalDate day) {
            date(xml, reference, day);
        } else if (value instanceof Boolean yes) {
            text(xml, reference, yes ? "Yes" : "No", 0);
        } else if (value != null) {
            text(xml, reference, value.toString(), 0);
        } else {
            xml.append("<c r=\"").append(reference).append("\"/>"); // an empty cell, as POI wrote it
        }
    }

    private static void number(StringBuilder xml, String reference, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            // No number can say it: Excel's error values, as POI wrote them
            xml.append("<c r=\"")
                    .append(reference)
                    .append("\" t=\"e\"><v>")
                    .append(Double.isNaN(value) ? "#NUM!" : "#DIV/0!")
                    .append("</v></c>");
            return;
        }
        boolean whole = value == Math.rint(value) && Math.abs(value) < 1e15;
        xml.append("<c r=\"")
                .append(reference)
                .append("\"><v>")
                .append(whole ? String.valueOf((long) value) : String.valueOf(value))
                .append("</v></c>");
    }

    /** A serial day number in the date style; before 1900, where Excel has no dates, the date as text. */
    private static void date(StringBuilder xml, String reference, LocalDate day) {
        if (day.isBefore(FIRST_SERIAL_DATE)) {
            text(xml, reference, AS_TEXT.format(day), 0);
            return;
        }
        long serial = ChronoUnit.DAYS.between(EPOCH, day) - (day.isBefore(FICTITIOUS_LEAP_DAY) ? 1 : 0);
        xml.append("<c r=\"")
                .append(reference)
                .append("\" s=\"")
                .append(DATE)
                .append("\"><v>")
                .append(serial)
                .append("</v></c>");
    }

    private static void text(StringBuilder xml, String reference, String text, int style) {
        String kept = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        xml.append("<c r=\"").append(reference).append('"');
        if (style != 0) {
            xml.append(" s=\"").append(style).append('"');
        }
        xml.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                .append(XmlText.cell(kept))
                .append("</t></is></c>");
    }

    /** "A1", "Z1", "AA1": the column in letters, then the row. */
    static String reference(int column, int row) {
        StringBuilder letters = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.append(row).toString();
    }
}
