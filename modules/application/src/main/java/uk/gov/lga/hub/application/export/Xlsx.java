package uk.gov.lga.hub.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Tables as an Excel workbook, one sheet each: bold headings in a frozen top row, dates as dates, numbers as
 * numbers (see {@link Worksheet}). Written as the few SpreadsheetML parts Excel needs, with the JDK's zip: a
 * spreadsheet library would bring thousands of classes into the deployment for this.
 */
public final class Xlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String RELATION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    /** Normal text (0), bold headings (1), and dates as "15 January 2024" (2): {@link Worksheet}'s styles. */
    private static final String STYLES = XML + "<styleSheet xmlns=\"" + MAIN + "\">"
            + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"d mmmm yyyy\"/></numFmts>"
            + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private Xlsx() {}

    /** Writes the workbook to {@code out}, which is left open. An empty list gives one empty sheet. */
    public static void write(List<Table> tables, OutputStream out) {
        List<Table> sheets = tables.isEmpty() ? List.of(new Table("Sheet1", List.of(), List.of())) : tables;
        SheetNames names = new SheetNames();
        List<String> sheetNames = new ArrayList<>();
        sheets.forEach(table -> sheetNames.add(names.next(table.title())));
        try {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            put(zip, "[Content_Types].xml", contentTypes(sheets.size()));
            put(
                    zip,
                    "_rels/.rels",
                    relationships("<Relationship Id=\"rId1\" Type=\"" + RELATION
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"));
            put(zip, "xl/workbook.xml", workbook(sheetNames));
            put(zip, "xl/_rels/workbook.xml.rels", workbookRelationships(sheets.size()));
            put(zip, "xl/styles.xml", STYLES);
            for (int i = 0; i < sheets.size(); i++) {
                put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", Worksheet.xml(sheets.get(i), i == 0));
            }
            zip.finish(); // not close(): the caller's stream stays open, as POI left it
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String contentTypes(int sheets) {
        StringBuilder xml = new StringBuilder(XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
                + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + TYPE + "sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + TYPE + "styles+xml\"/>");
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(i)
                    .append(".xml\" ContentType=\"")
                    .append(TYPE)
                    .append("worksheet+xml\"/>");
        }
        return xml.append("</Types>").toString();
    }

    private static String workbook(List<String> sheetNames) {
        StringBuilder xml = new StringBuilder(XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATION + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheetNames.size(); i++) {
            xml.append("<sheet name=\"")
                    .append(XmlText.escape(sheetNames.get(i)))
                    .append("\" sheetId=\"")
                    .append(i + 1)
                    .append("\" r:id=\"rId")
                    .append(i + 1)
                    .append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    /** rId1… the sheets in order, then the styles. */
    private static String workbookRelationships(int sheets) {
        StringBuilder xml = new StringBuilder();
        for (int i = 1; i <= sheets; i++) {
            xml.append("<Relationship Id=\"rId")
                    .append(i)
                    .append("\" Type=\"" + RELATION + "/worksheet\" Target=\"worksheets/sheet")
                    .append(i)
                    .append(".xml\"/>");
        }
        xml.append("<Relationship Id=\"rId")
                .append(sheets + 1)
                .append("\" Type=\"" + RELATION + "/styles\" Target=\"styles.xml\"/>");
        return relationships(xml.toString());
    }

    private static String relationships(String content) {
        return XML + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">" + content + "</Relationships>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
