package uk.gov.lga.hub.domain.council.register;

import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Comma-separated values as RFC 4180 writes them, and as spreadsheets save them: fields in double quotes may hold
 * commas, line breaks and doubled quotes; lines end in CRLF, LF or CR; a UTF-8 byte order mark is ignored.
 */
final class CsvRecords {

    /** One record with the line of the file it starts on (the heading is line 1). */
    record CsvRecord(int line, List<String> fields) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }

        String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    private CsvRecords() {}

    /** All records, or a refusal naming the line where a quoted field is never closed. */
    static List<CsvRecord> read(String text, int maxRecords) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<CsvRecord> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || (c == '\r' && (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n'))) {
                        line++;
                    }
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                        i++;
                    }
                    fields.add(field.toString());
                    add(records, new CsvRecord(recordLine, List.copyOf(fields)), maxRecords);
                    fields.clear();
                    field.setLength(0);
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        DomainRuleViolation.require(
                !quoted,
                "register-csv-unclosed-quote",
                "A quoted value that starts on line " + recordLine + " is never closed: check the quotes (\").");
        if (any || field.length() > 0) {
            fields.add(field.toString());
            add(records, new CsvRecord(recordLine, List.copyOf(fields)), maxRecords);
        }
        return records;
    }

    private static void add(List<CsvRecord> records, CsvRecord record, int maxRecords) {
        if (record.blank()) {
            return;
        }
        DomainRuleViolation.require(
                records.size() < maxRecords,
                "register-too-many-rows",
                "The file has more than " + (maxRecords - 1) + " rows; England has about 320 principal councils. "
                        + "Check it is the right file.");
        records.add(record);
    }
}
