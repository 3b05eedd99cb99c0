package uk.gov.lga.hub.application.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * An open-data table as CSV: RFC 4180 (comma, CRLF, fields with a comma, quote or line break quoted and quotes
 * doubled), UTF-8 without a byte-order mark, a header row of the schema's field names. Unlike the spreadsheet
 * exports, cells are written exactly as they are (no apostrophe before "=" or "-"): this is data for programs, and
 * the schema says each column's type. A missing value is an empty cell.
 */
public final class OpenDataCsv {

    public static final String MEDIA_TYPE = "text/csv; charset=utf-8";

    private OpenDataCsv() {}

    public static void write(OpenDataTable table, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(
                    writer,
                    CSVFormat.RFC4180
                            .builder()
                            .setHeader(table.fieldNames().toArray(String[]::new))
                            .get());
            for (List<Object> row : table.rows()) {
                printer.printRecord(
                        row.stream().map(cell -> cell == null ? "" : cell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
