package uk.gov.lga.hub.domain.council.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import uk.gov.lga.hub.domain.council.CouncilCode;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A register file read: its headings, the columns used, and one row per council. Rows for Wales, Scotland and
 * Northern Ireland (a UK-wide file) are passed over and counted; any other wrong row refuses the whole file, with
 * every wrong row listed by line, so that a load is all of the file or nothing.
 */
public record RegisterFile(
        List<String> headings, RegisterColumns.Guess columns, List<RegisterRow> rows, int outsideEngland) {

    /** Far more than England's councils (about 320), far fewer than would strain a preview. */
    public static final int MAX_ROWS = 2000;

    private static final Pattern OUTSIDE_ENGLAND = Pattern.compile("[WSN]\\d{8}");

    public static RegisterFile read(String text, RegisterColumns asked) {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(text == null ? "" : text, MAX_ROWS + 1);
        DomainRuleViolation.require(
                !records.isEmpty(),
                "register-file-empty",
                "The file is empty. Upload the register as a CSV file with a row of headings first.");
        List<String> headings =
                records.get(0).fields().stream().map(String::strip).toList();
        RegisterColumns.Guess guess = RegisterColumns.resolve(headings, asked);
        requireColumns(headings, guess);
        DomainRuleViolation.require(
                records.size() > 1, "register-file-no-rows", "The file has headings but no councils under them.");

        RegisterColumns columns = guess.columns();
        int code = headings.indexOf(columns.code());
        int name = headings.indexOf(columns.name());
        int type = columns.type() == null ? -1 : headings.indexOf(columns.type());
        int region = headings.indexOf(columns.region());
        List<RegisterRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        int outsideEngland = 0;
        for (CsvRecords.CsvRecord record : records.subList(1, records.size())) {
            String codeValue = record.field(code).toUpperCase(java.util.Locale.UK);
            if (OUTSIDE_ENGLAND.matcher(codeValue).matches()) {
                outsideEngland++;
                continue;
            }
            List<String> wrong = new ArrayList<>();
            if (!CouncilCode.isValid(codeValue)) {
                wrong.add(
                        codeValue.isEmpty()
                                ? "the code is missing"
                                : "'" + shortened(codeValue) + "' is not an ONS code of an English council (E and eight"
                                        + " digits)");
            } else if (firstLineOf.containsKey(codeValue)) {
                wrong.add(codeValue + " is also on line " + firstLineOf.get(codeValue));
            }
            String nameValue = record.field(name);
            if (nameValue.isEmpty()) {
                wrong.add("the name is missing");
            }
            CouncilType typeValue = type < 0
                    ? RegisterValues.typeOfCode(codeValue).orElse(null)
                    : RegisterValues.type(record.field(type)).orElse(null);
            if (typeValue == null && type < 0) {
                wrong.add("the file has no type column, and '" + shortened(codeValue) + "' is not the code of a"
                        + " unitary authority (E06), district (E07), metropolitan district (E08), London borough (E09)"
                        + " or county (E10)");
            } else if (typeValue == null) {
                wrong.add(
                        record.field(type).isEmpty()
                                ? "the type is missing"
                                : "'" + shortened(record.field(type))
                                        + "' is not a type of council we know (for example"
                                        + " Unitary Authority, London Borough, Metropolitan District, Non-metropolitan"
                                        + " District, County)");
            }
            Region regionValue = RegisterValues.region(record.field(region)).orElse(null);
            if (regionValue == null) {
                wrong.add(
                        record.field(region).isEmpty()
                                ? "the region is missing"
                                : "'" + shortened(record.field(region)) + "' is not one of England's nine regions");
            }
            if (wrong.isEmpty()) {
                firstLineOf.put(codeValue, record.line());
                rows.add(new RegisterRow(record.line(), codeValue, nameValue, typeValue, regionValue));
            } else {
                problems.add(new RowProblem(record.line(), "Line " + record.line() + ": " + String.join("; ", wrong)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RegisterFileRefused(
                    "register-rows-invalid",
                    problems.size() + (problems.size() == 1 ? " row" : " rows")
                            + " of the file cannot be loaded. Correct them and upload the file again; nothing was"
                            + " loaded.",
                    headings,
                    problems);
        }
        DomainRuleViolation.require(
                !rows.isEmpty(),
                "register-file-no-english-councils",
                "The file lists no English councils (codes starting with E).");
        return new RegisterFile(headings, guess, List.copyOf(rows), outsideEngland);
    }

    /** The file's headings (its first row), or none if it is empty. */
    public static List<String> headingsOf(String text) {
        List<CsvRecords.CsvRecord> records = CsvRecords.read(text == null ? "" : text, MAX_ROWS + 1);
        return records.isEmpty()
                ? List.of()
                : records.get(0).fields().stream().map(String::strip).toList();
    }

    private static void requireColumns(List<String> headings, RegisterColumns.Guess guess) {
        List<String> said = new ArrayList<>();
        for (String unknown : guess.unknownAsked()) {
            said.add("the file has no column headed '" + shortened(unknown) + "'");
        }
        for (RegisterColumns.Field field : guess.missing()) {
            if (guess.unknownAsked().isEmpty() || guess.columns().of(field) == null) {
                said.add("choose the column that holds " + field.description());
            }
        }
        if (!said.isEmpty()) {
            throw new RegisterFileRefused(
                    "register-columns-unknown",
                    "The columns could not all be found: " + String.join("; ", distinct(said)) + ". The file's headings"
                            + " are: "
                            + String.join(
                                    ", ",
                                    headings.stream()
                                            .map(RegisterFile::shortened)
                                            .toList())
                            + ".",
                    headings,
                    List.of());
        }
    }

    private static List<String> distinct(List<String> values) {
        return values.stream().distinct().toList();
    }

    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
