package uk.gov.lga.hub.importer;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A corpus report's text as Word would hold it: section headings in heading styles (their typed numbers dropped),
 * list items as real Word lists (the number or bullet printed by Word, not typed), tab-separated lines as a table,
 * and a contents list as plain paragraphs. Everything else is a plain paragraph.
 */
final class CorpusDocx {

    /** The headings the corpus uses: the usual section names, and recommendation headings in other words. */
    private static final Pattern HEADING = Pattern.compile("(?i)^(?:\\d+(?:\\.\\d+)?\\.?\\s+)?(executive summary"
            + "|(?:key |main |the main |our |the peer team's )?recommendations(?: (?:to|for) .{0,60})?"
            + "|summary of the peer challenge approach|the peer challenge approach|the peer team|peer team:"
            + "|scope and focus|the peer challenge process|feedback|next steps|contents|about this report"
            + "|local priorities and outcomes|governance and culture)$");

    private static final Pattern SUBSECTION = Pattern.compile("(?i)^(?:\\d+\\.\\d+\\.?\\s+)?(the peer team|scope and"
            + " focus|the peer challenge process|local priorities and outcomes|governance and culture)$");
    private static final Pattern ITEM =
            Pattern.compile("^(?:(\\d+)\\.|(\\d+)\\)|([a-z])\\)|\\(([a-z])\\)|([ivx]+)\\.|(•))\\s+(.*)$");
    private static final Pattern TABBED_NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)+)\t");

    private CorpusDocx() {}

    static byte[] of(String text) throws IOException {
        Docx docx = new Docx();
        Map<Integer, BigInteger> lists = new HashMap<>();
        List<List<String>> table = new ArrayList<>();
        String contentsFirst = null;
        boolean inContents = false;
        for (String raw : text.replace("\r\n", "\n").split("\n")) {
            String line = TABBED_NUMBER.matcher(raw).replaceFirst("$1 ");
            if (line.contains("\t")) {
                table.add(List.of(line.split("\t")));
                continue;
            }
            flush(docx, table);
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            if (inContents && heading.matches() && !line.equals(contentsFirst)) {
                contentsFirst = contentsFirst == null ? line : contentsFirst;
                docx.paragraph(line);
                continue;
            }
            inContents = false;
            if (heading.matches()) {
                inContents = heading.group(1).equalsIgnoreCase("contents");
                docx.styled(SUBSECTION.matcher(line).matches() ? "Heading2" : "Heading1", heading.group(1));
                lists.clear(); // Word restarts the numbering of a list after a new heading
            } else if (item.matches()) {
                int style = styleOf(item);
                BigInteger list = lists.computeIfAbsent(style, s -> newList(docx, s));
                docx.numbered(list, 0, item.group(7));
            } else {
                docx.paragraph(line);
            }
        }
        flush(docx, table);
        return docx.toBytes();
    }

    /** 0 "1.", 1 "1)", 2 "a)", 3 "(a)", 4 "i.", 5 bullets: the group of ITEM that matched. */
    private static int styleOf(Matcher item) {
        for (int group = 1; group <= 6; group++) {
            if (item.group(group) != null) {
                return group - 1;
            }
        }
        throw new IllegalStateException();
    }

    private static BigInteger newList(Docx docx, int style) {
        return switch (style) {
            case 0 -> docx.list(STNumberFormat.DECIMAL, "%1.");
            case 1 -> docx.list(STNumberFormat.DECIMAL, "%1)");
            case 2 -> docx.list(STNumberFormat.LOWER_LETTER, "%1)");
            case 3 -> docx.list(STNumberFormat.LOWER_LETTER, "(%1)");
            case 4 -> docx.list(STNumberFormat.LOWER_ROMAN, "%1.");
            default -> docx.list(STNumberFormat.BULLET, "\u2022");
        };
    }

    private static void flush(Docx docx, List<List<String>> table) {
        if (!table.isEmpty()) {
            docx.table(List.copyOf(table));
            table.clear();
        }
    }
}
