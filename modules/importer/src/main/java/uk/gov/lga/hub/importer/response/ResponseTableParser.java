package uk.gov.lga.hub.importer.response;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.ImportProgress;
import uk.gov.lga.hub.importer.NotAReport;
import uk.gov.lga.hub.importer.text.DocxLines;
import uk.gov.lga.hub.importer.text.Lines;

/**
 * Reads a council's response table (the seeds' Appendix B: number, recommendation, response) from a Word table or
 * its text export, where a row is tab-separated cells and a cell may carry on over later lines that start with a
 * tab. HTML in the cells becomes plain text with its paragraphs and list items kept.
 */
public final class ResponseTableParser {

    private static final Pattern ROW = Pattern.compile("^(\\d+(?:\\.\\d+)?[.)]?|[a-z]\\))\\t.*");

    private ResponseTableParser() {
    }

    public static ResponseTableDraft parseDocx(InputStream docx, ImportProgress progress) {
        return parse(DocxLines.of(docx), progress);
    }

    public static ResponseTableDraft parseText(String text, ImportProgress progress) {
        List<String> raw = List.of((text == null ? "" : text).replace("\r\n", "\n").split("\n"));
        return parse(raw, progress);
    }

    /** Lines are kept raw here (tabs matter); each cell is cleaned once the row is whole. */
    static ResponseTableDraft parse(List<String> lines, ImportProgress progress) {
        List<String[]> rows = new ArrayList<>();
        List<Doubt> doubts = new ArrayList<>();
        for (String line : lines) {
            if (ROW.matcher(line).matches()) {
                String[] cells = line.split("\t", -1);
                rows.add(new String[] {cells[0], cell(cells, 1), join(cells, 2)});
            } else if (line.startsWith("\t") && !rows.isEmpty()) {
                String[] cells = line.split("\t", -1);
                String[] row = rows.get(rows.size() - 1);
                row[1] = append(row[1], cell(cells, 1));
                row[2] = append(row[2], join(cells, 2));
            } else if (!rows.isEmpty() && !line.isBlank() && !line.startsWith("-")) {
                doubts.add(new Doubt("response table", "This line is outside the table's rows and was not imported.",
                        Lines.clean(line)));
            }
        }
        if (rows.isEmpty()) {
            throw new NotAReport("This file does not look like a response table: no rows that start with a"
                    + " recommendation's number were found.");
        }
        List<ResponseTableDraft.Row> drafts = new ArrayList<>();
        for (String[] row : rows) {
            progress.step("responses", drafts.size() + 1, rows.size());
            String response = Lines.clean(row[2]);
            if (response.isBlank()) {
                doubts.add(new Doubt("response " + row[0], "This row has no response text.", Lines.clean(row[1])));
            }
            drafts.add(new ResponseTableDraft.Row(row[0].replaceAll("[.)]$", ""), Lines.clean(row[1]), response));
        }
        return new ResponseTableDraft(drafts, doubts);
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i] : "";
    }

    private static String join(String[] cells, int from) {
        return from < cells.length ? String.join(" ", java.util.Arrays.copyOfRange(cells, from, cells.length)) : "";
    }

    private static String append(String text, String more) {
        return more.isBlank() ? text : text.isBlank() ? more : text + " " + more;
    }
}
