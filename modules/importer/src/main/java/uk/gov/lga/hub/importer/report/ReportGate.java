package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.NotAReport;
import uk.gov.lga.hub.importer.text.Line;

/**
 * Whether a document is a CPC feedback report at all. One sign is not enough (a date range, a line about
 * recommendations): it needs report structure (recommendations read as a list, an executive summary, a peer team,
 * the usual section names) and, with it, at least three signs in all, counting the peer challenge named and the
 * visit's dates. Program source, a response table and text that is not sentences are refused whatever they hold.
 */
final class ReportGate {

    private static final String NOT_A_REPORT = "This file does not look like an LGA peer challenge feedback report: ";
    private static final Pattern ABOUT_A_PEER_CHALLENGE =
            Pattern.compile("peer challenge|peer team|local government association|\\blga\\b");
    /** How lines of Java (and most program source) start or end; checked by hand, once a line. */
    private static final String[] CODE_STARTS = {
        "import ", "package ", "//", "/*", "*/", "* ", "public ", "private ", "protected ", "static ", "return ", "}"
    };

    private static final String[] CODE_ENDS = {";", "{", "}", ");", ") ->", "*/"};
    private static final int FEWEST_SIGNS = 3;
    private static final int FEWEST_FULL_STOPS = 20;

    /** What was read, for the signs. */
    record Read(Outline outline, int recommendations, boolean visitStated, boolean summary, int peers) {}

    private ReportGate() {}

    /** @throws NotAReport with the reasons, if the document does not show enough signs of a report */
    static void check(Read read) {
        List<Line> lines = read.outline().lines();
        int nonBlank = 0;
        int code = 0;
        int tabbed = 0;
        int fullStops = 0;
        int sentences = 0;
        boolean responseHeader = false;
        boolean aboutAPeerChallenge = false;
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            nonBlank++;
            code += isCode(text) ? 1 : 0;
            String lower = text.toLowerCase(Locale.UK);
            if (text.indexOf('\t') >= 0) {
                tabbed++;
                responseHeader |= lower.contains("recommendation") && lower.contains("response");
            }
            for (int stop = text.indexOf(". ");
                    stop >= 0 && stop + 2 < text.length();
                    stop = text.indexOf(". ", stop + 2)) {
                char next = text.charAt(stop + 2);
                fullStops++;
                sentences +=
                        Character.isUpperCase(next) || Character.isDigit(next) || "\"“‘'(".indexOf(next) >= 0 ? 1 : 0;
            }
            aboutAPeerChallenge =
                    aboutAPeerChallenge || ABOUT_A_PEER_CHALLENGE.matcher(lower).find();
        }
        if (code * 5 >= nonBlank && code >= 5) {
            throw refuse("it looks like program source code (" + code + " of its " + nonBlank + " lines).");
        }
        if (responseHeader && tabbed * 10 >= nonBlank * 3) {
            throw refuse("it is a table of recommendations and responses. Import it as the council's response"
                    + " table instead.");
        }
        if (fullStops >= FEWEST_FULL_STOPS && sentences * 2 < fullStops) {
            throw refuse("its words are not in sentences (after " + (fullStops - sentences) + " of its " + fullStops
                    + " full stops no new sentence starts).");
        }
        List<String> missing = new ArrayList<>();
        int structure = count(read.recommendations() > 0, "no recommendations listed", missing)
                + count(read.summary(), "no executive summary", missing)
                + count(read.peers() >= 2, "no peer team", missing)
                + count(read.outline().knownSections() >= 2, "not the sections a report has", missing);
        int signs = structure
                + count(read.visitStated(), "no on-site dates", missing)
                + count(aboutAPeerChallenge, "no mention of a peer challenge or the LGA", missing);
        if (structure == 0 || signs < FEWEST_SIGNS) {
            throw refuse(String.join(", ", missing) + ".");
        }
    }

    private static boolean isCode(String line) {
        if (line.equals("*") || line.length() > 1 && line.charAt(0) == '@' && Character.isLetter(line.charAt(1))) {
            return true;
        }
        for (String start : CODE_STARTS) {
            if (line.startsWith(start)) {
                return true;
            }
        }
        for (String end : CODE_ENDS) {
            if (line.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static int count(boolean sign, String otherwise, List<String> missing) {
        if (!sign) {
            missing.add(otherwise);
        }
        return sign ? 1 : 0;
    }

    private static NotAReport refuse(String reasons) {
        return new NotAReport(NOT_A_REPORT + reasons);
    }
}
