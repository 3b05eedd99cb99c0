package uk.gov.lga.hub.importer.response;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.DocxLimits;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.ImportProgress;
import uk.gov.lga.hub.importer.NotAReport;
import uk.gov.lga.hub.importer.TooLargeOnceOpened;
import uk.gov.lga.hub.importer.UnreadableDocument;
import uk.gov.lga.hub.importer.text.DocxLines;
import uk.gov.lga.hub.importer.text.Line;
import uk.gov.lga.hub.importer.text.Lines;
import uk.gov.lga.hub.importer.text.SectionNames;

/**
 * Reads a council's response table — rows of (number,) recommendation and response, as the seeds' Appendix B —
 * from a Word table or its text export. A row is tab-separated cells; in a text export a cell may carry on over
 * later lines that start with a tab. HTML in the cells becomes plain text with its paragraphs and list items kept.
 */
public final class ResponseTableParser {

    /** Possessive: a repeated group that may backtrack recurses in Java, and "1.1.1…" would overflow the stack. */
    private static final Pattern NUMBER = Pattern.compile("\\d++(?:\\.\\d++)*+[.)]?|\\(?[a-z]\\)|[a-z]\\.");
    /** The number a recommendation cell starts with when the table has no number column: "2.1 City Centre…". */
    private static final Pattern LEADING_NUMBER =
            Pattern.compile("^(\\d++(?:\\.\\d++)*+[.)]?)\\s+(\\S.*)$", Pattern.DOTALL);

    private static final Pattern RULE = Pattern.compile("^[-\\s]*$");
    private static final Pattern CLOSING_STOP = Pattern.compile("[.]$");

    private ResponseTableParser() {}

    public static ResponseTableDraft parseDocx(InputStream docx) {
        return parseDocx(docx, ImportProgress.NONE);
    }

    /** @throws UnreadableDocument if not a readable .docx; {@link NotAReport} if it holds no response rows */
    public static ResponseTableDraft parseDocx(InputStream docx, ImportProgress progress) {
        return parseDocx(docx, progress, DocxLimits.DEFAULT);
    }

    /** @throws TooLargeOnceOpened if it unpacks beyond {@code limits} (a {@link NotAReport}, nothing parsed) */
    public static ResponseTableDraft parseDocx(InputStream docx, ImportProgress progress, DocxLimits limits) {
        return parse(DocxLines.of(docx, limits).stream().map(Line::text).toList(), progress);
    }

    public static ResponseTableDraft parseText(String text) {
        return parseText(text, ImportProgress.NONE);
    }

    public static ResponseTableDraft parseText(String text, ImportProgress progress) {
        return parse(Lines.split(text), progress);
    }

    /** Lines are kept raw here (tabs matter); each cell is cleaned once its row is whole. */
    static ResponseTableDraft parse(List<String> lines, ImportProgress listener) {
        ImportProgress progress = listener == null ? ImportProgress.NONE : listener;
        List<RawRow> rows = new ArrayList<>();
        List<Doubt> doubts = new ArrayList<>();
        int rowLines = 0;
        int textLines = 0;
        int sectionNames = 0;
        for (String line : lines) {
            if (isRule(line) || isHeader(line)) {
                continue;
            }
            if (line.indexOf('\t') >= 0) {
                rowLines++;
            } else if (!line.isBlank()) {
                textLines++;
                sectionNames += SectionNames.named(Lines.clean(line)).isPresent() ? 1 : 0;
            }
            String[] cells = line.split("\t", -1);
            if (line.startsWith("\t") && !rows.isEmpty()) {
                RawRow row = rows.get(rows.size() - 1);
                row.recommendation.append(cell(cells, 1));
                row.response.append(join(cells, 2));
            } else if (cells.length >= 2 && NUMBER.matcher(cells[0].strip()).matches()) {
                rows.add(new RawRow(cells[0].strip(), cells[1], join(cells, 2)));
            } else if (cells.length >= 2 && !cells[0].isBlank()) {
                Matcher numbered = LEADING_NUMBER.matcher(Lines.strip(cells[0]));
                rows.add(
                        numbered.matches()
                                ? new RawRow(numbered.group(1), numbered.group(2), join(cells, 1))
                                : new RawRow("", cells[0], join(cells, 1)));
            } else if (!rows.isEmpty() && !Lines.clean(line).isEmpty()) {
                doubts.add(new Doubt(
                        "response table",
                        "This line is outside the table's rows and was not imported.",
                        Lines.clean(line)));
            }
        }
        if (sectionNames >= 2 && rowLines < textLines) {
            throw new NotAReport("This file looks like a peer challenge feedback report (it has " + sectionNames
                    + " of a report's section headings and more text than table rows), not a response table. Import"
                    + " it as a report.");
        }
        if (rows.isEmpty()) {
            throw new NotAReport("This file does not look like a response table: no rows of a recommendation and"
                    + " the council's response were found.");
        }
        return new ResponseTableDraft(drafts(rows, doubts, progress), doubts);
    }

    private static List<ResponseTableDraft.Row> drafts(List<RawRow> rows, List<Doubt> doubts, ImportProgress progress) {
        List<ResponseTableDraft.Row> drafts = new ArrayList<>();
        for (RawRow row : rows) {
            progress.step("responses", drafts.size() + 1, rows.size());
            String number = CLOSING_STOP.matcher(row.number).replaceAll("");
            String recommendation = Lines.strip(row.recommendation.toString());
            String response = Lines.strip(row.response.toString());
            String ref = number.isEmpty() ? recommendation : number;
            if (number.isEmpty()) {
                doubts.add(new Doubt(
                        "response " + (drafts.size() + 1),
                        "The table gives no number for this" + " recommendation; it is matched by its words.",
                        recommendation));
            }
            if (response.isBlank()) {
                doubts.add(new Doubt("response " + ref, "This row has no response text.", recommendation));
            }
            drafts.add(new ResponseTableDraft.Row(number, recommendation, response));
        }
        return drafts;
    }

    /** Dashes and spaces only; the pattern is tried only once no other character is seen (most lines: at once). */
    private static boolean isRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            if ("- \t\n\u000b\f\r\u0085\u2028\u2029".indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        return RULE.matcher(line).matches();
    }

    /** "No. | Peer Team Recommendations | Council Response": short cells naming the columns. */
    private static boolean isHeader(String line) {
        String lower = line.toLowerCase(Locale.UK);
        return line.contains("\t")
                && lower.contains("recommendation")
                && lower.contains("response")
                && Arrays.stream(line.split("\t")).allMatch(cell -> cell.strip().length() <= 40);
    }

    private static String cell(String[] cells, int i) {
        return i < cells.length ? cells[i] : "";
    }

    /** Cells from {@code from} on as one; extra columns (owner, date) are kept in the response, not dropped. */
    private static String join(String[] cells, int from) {
        return from < cells.length
                ? String.join("\n", Arrays.copyOfRange(cells, from, cells.length))
                        .strip()
                : "";
    }

    /** A row as read, its cells raw until the row is whole. */
    private static final class RawRow {

        private final String number;
        private final Cell recommendation;
        private final Cell response;

        RawRow(String number, String recommendation, String response) {
            this.number = number;
            this.recommendation = new Cell(recommendation);
            this.response = new Cell(response);
        }
    }

    /**
     * A cell that later lines may carry on, a space between (a blank start is replaced). Kept in a builder: a row
     * carried on over a hundred thousand lines must not be copied whole at each of them.
     */
    private static final class Cell {

        private final StringBuilder text = new StringBuilder();
        private boolean blank;

        Cell(String first) {
            text.append(first);
            blank = first.isBlank();
        }

        void append(String more) {
            if (more.isBlank()) {
                return;
            }
            if (blank) {
                text.setLength(0);
                blank = false;
            } else {
                text.append(' ');
            }
            text.append(more);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
