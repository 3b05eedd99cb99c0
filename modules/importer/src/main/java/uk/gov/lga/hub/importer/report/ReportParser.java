package uk.gov.lga.hub.importer.report;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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
import uk.gov.lga.hub.importer.text.NextIndex;

/**
 * Reads an LGA feedback report (its .docx, or the text of it) into a {@link ReportDraft}: council, on-site dates,
 * peer team, themes and extra scope, executive summary, and every key recommendation with its number as printed.
 * Also reads minutes that list recommendations after an introducing line ("…the following 10 recommendations:").
 * A .docx and a text export become the same {@link Line}s first, so there is one parser for both.
 */
public final class ReportParser {

    /** The five core themes of today's Corporate Peer Challenge, as reports name them. */
    public static final List<String> CORE_THEMES = CoreThemes.names();

    private static final String NOT_A_REPORT = "This file does not look like an LGA peer challenge feedback report:"
            + " no recommendations section and no on-site dates were found.";
    private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile(
            "^(?:\\d+\\.?\\s+)?(?:the\\s+peer\\s+team'?s\\s+)?(?:key\\s+|main\\s+)?recommendations\\s*:?$",
            Pattern.CASE_INSENSITIVE);
    /** "…the following 10 recommendations:" is this found in a line that ends with a colon (see introduces()). */
    private static final Pattern RECOMMENDATIONS_WORD =
            Pattern.compile("\\brecommendations\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern EXECUTIVE_SUMMARY = Pattern.compile("(?i)^(\\d+\\.?\\s+)?executive summary:?$");
    private static final Pattern PEER_TEAM =
            Pattern.compile("(?i)^(?:\\d++(?:\\.\\d++)*+\\.?\\s+)?(?:the )?" + "peer team:?$");
    /** "Gateshead Council"; not "The Council", "Full Council" or "Cabinet and Council". */
    private static final Pattern PLAIN_COUNCIL = Pattern.compile("\\b(?!(?:The|This|That|Each|Every|Our|Your|A|Full|"
            + "Cabinet|City|County|Town|Parish|District|Borough|Unitary|Combined)\\b)([A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?)"
            + " Council\\b");

    private static final Pattern BULLETED = Pattern.compile("^[•·*▪◦-].*");
    private static final Pattern EXTRA_SCOPE =
            Pattern.compile("asked the peer team to (?:provide feedback on|look at|consider) ([A-Z][^:.,]{2,60})[:.,]");
    /** Minutes' "…were also asked to look at a; b and c." (what follows, to the full stop, is read by alsoAsked()). */
    private static final Pattern ALSO_ASKED = Pattern.compile("(?i)(?:were|was) also asked to (?:look at|consider) ");

    private static final int MOST_UNREADABLE_LINES_LISTED = 5;

    private ReportParser() {}

    public static ReportDraft parseDocx(InputStream docx) {
        return parseDocx(docx, ImportProgress.NONE);
    }

    /** @throws UnreadableDocument if the file is not a readable .docx; {@link NotAReport} if it is not a report */
    public static ReportDraft parseDocx(InputStream docx, ImportProgress progress) {
        return parseDocx(docx, progress, DocxLimits.DEFAULT);
    }

    /** @throws TooLargeOnceOpened if it unpacks beyond {@code limits} (a {@link NotAReport}, nothing parsed) */
    public static ReportDraft parseDocx(InputStream docx, ImportProgress progress, DocxLimits limits) {
        if (progress != null) {
            progress.step("opening the Word document", 0, 1);
        }
        return parse(DocxLines.of(docx, limits), progress);
    }

    /** As {@link #parseText(String)}, the council's name matched against the names of the known councils. */
    public static ReportDraft parseText(String text, Collection<String> knownCouncils) {
        return parseText(text, ImportProgress.NONE, knownCouncils);
    }

    public static ReportDraft parseText(String text, ImportProgress progress, Collection<String> knownCouncils) {
        return parse(Lines.ofText(text), progress, knownCouncils);
    }

    /** As {@link #parseDocx(InputStream)}, the council's name matched against the names of the known councils. */
    public static ReportDraft parseDocx(InputStream docx, Collection<String> knownCouncils) {
        return parseDocx(docx, ImportProgress.NONE, DocxLimits.DEFAULT, knownCouncils);
    }

    public static ReportDraft parseDocx(
            InputStream docx, ImportProgress progress, DocxLimits limits, Collection<String> knownCouncils) {
        if (progress != null) {
            progress.step("opening the Word document", 0, 1);
        }
        return parse(DocxLines.of(docx, limits), progress, knownCouncils);
    }

    public static ReportDraft parseText(String text) {
        return parseText(text, ImportProgress.NONE);
    }

    /** @throws NotAReport if the text has neither a recommendations section nor on-site dates */
    public static ReportDraft parseText(String text, ImportProgress progress) {
        return parse(Lines.ofText(text), progress);
    }

    static ReportDraft parse(List<Line> lines, ImportProgress listener) {
        return parse(lines, listener, null);
    }

    static ReportDraft parse(List<Line> lines, ImportProgress listener, Collection<String> knownCouncils) {
        ImportProgress progress = listener == null ? ImportProgress.NONE : listener;
        List<Doubt> doubts = new ArrayList<>();
        progress.step("reading the document", 0, lines.size());
        Optional<VisitDates.Visit> visit = VisitDates.find(lines);
        List<ReportDraft.RecommendationDraft> recs = recommendationsSection(lines)
                .map(range -> RecommendationList.read(lines, range[0], range[1], doubts, progress))
                .orElse(List.of());
        if (recs.isEmpty() && visit.isEmpty()) {
            throw new NotAReport(NOT_A_REPORT); // a "Recommendations" line with nothing under it is no report either
        }
        unreadableCharacters(lines, doubts);
        if (recs.isEmpty()) {
            doubts.add(new Doubt("recommendations", "No key recommendations were found. Add them by hand.", null));
        }
        if (visit.isEmpty()) {
            doubts.add(new Doubt(
                    "on-site dates",
                    "The on-site dates are not in the text (often they are on the"
                            + " report's cover, which does not come through). Enter them.",
                    null));
        } else if (!visit.get().stated()) {
            doubts.add(new Doubt(
                    "on-site dates",
                    "These dates were found in passing, not beside the peer challenge"
                            + " or on a cover. Check they are the days on site.",
                    visit.get().source()));
        }
        String summary = executiveSummary(lines);
        if (summary == null || summary.isBlank()) {
            doubts.add(new Doubt("executive summary", "No executive summary was found. Add it by hand.", null));
        }
        progress.step("peer team and scope", lines.size(), lines.size());
        return new ReportDraft(
                council(lines, doubts),
                visit.map(VisitDates.Visit::start).orElse(null),
                visit.map(VisitDates.Visit::end).orElse(null),
                peers(lines, doubts),
                CoreThemes.find(lines, doubts),
                extraScope(lines),
                summary,
                recs,
                doubts);
    }

    /** [first line of the list, end) of the recommendations: after their heading, else after an introducing line. */
    private static Optional<int[]> recommendationsSection(List<Line> lines) {
        for (Predicate<String> opening : List.<Predicate<String>>of(
                text -> RECOMMENDATIONS_HEADING.matcher(text).matches(), ReportParser::introducesRecommendations)) {
            for (int i = 0; i < lines.size(); i++) {
                if (opening.test(lines.get(i).text())) {
                    return Optional.of(new int[] {i + 1, sectionEnd(lines, i)});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What {@code (?i).*\brecommendations\b.*:$} matched, without its cost: that expression reads the rest of the
     * line again at every "recommendations" in it. A single line ending with a colon that has the word.
     */
    static boolean introducesRecommendations(String text) {
        return text.endsWith(":")
                && NextIndex.lineTerminator(text, 0) < 0
                && RECOMMENDATIONS_WORD.matcher(text).find();
    }

    /** The next heading at the level of the one at {@code heading}, or above it; the end of the document if none. */
    private static int sectionEnd(List<Line> lines, int heading) {
        int level = lines.get(heading).headingLevel();
        int end = heading + 1;
        while (end < lines.size() && !lines.get(end).endsSectionAt(level)) {
            end++;
        }
        return end;
    }

    /** Text decoded with the wrong character set shows U+FFFD; such lines are listed, the import goes on. */
    private static void unreadableCharacters(List<Line> lines, List<Doubt> doubts) {
        List<String> garbled = lines.stream()
                .map(Line::text)
                .filter(text -> text.indexOf('\ufffd') >= 0)
                .toList();
        garbled.stream()
                .limit(MOST_UNREADABLE_LINES_LISTED)
                .forEach(text -> doubts.add(new Doubt(
                        "text",
                        "Some"
                                + " characters in this line could not be read (the file may not be UTF-8 text). Check the words"
                                + " shown as \ufffd.",
                        text)));
        if (garbled.size() > MOST_UNREADABLE_LINES_LISTED) {
            doubts.add(new Doubt(
                    "text",
                    (garbled.size() - MOST_UNREADABLE_LINES_LISTED) + " more lines have"
                            + " characters that could not be read. Save the file as UTF-8 text, or upload the .docx.",
                    null));
        }
    }

    /** The first council named outside the peer team's list (whose lines name the peers' own councils). */
    private static String council(List<Line> lines, List<Doubt> doubts) {
        for (Function<String, Optional<String>> council :
                List.<Function<String, Optional<String>>>of(CouncilName::typed, ReportParser::plainCouncil)) {
            for (Line line : lines) {
                Optional<String> named = council.apply(line.text());
                if (named.isPresent() && !BULLETED.matcher(line.text()).matches()) {
                    return named.get();
                }
            }
        }
        for (Line line : lines) {
            Optional<String> at = CouncilName.onSiteAt(line.text());
            if (at.isPresent()) {
                doubts.add(new Doubt(
                        "council",
                        "The council's full name is not printed; \"" + at.get()
                                + "\" is where the peers were on site. Choose the council.",
                        line.text()));
                return at.get().strip();
            }
        }
        doubts.add(new Doubt("council", "The council could not be found in the text. Choose it.", null));
        return null;
    }

    private static Optional<String> plainCouncil(String line) {
        if (!line.contains(" Council")) {
            return Optional.empty();
        }
        Matcher named = PLAIN_COUNCIL.matcher(line);
        return named.find() ? Optional.of(named.group()) : Optional.empty();
    }

    private static List<ReportDraft.PeerDraft> peers(List<Line> lines, List<Doubt> doubts) {
        for (int i = 0; i < lines.size(); i++) {
            if (endsWithWord(lines.get(i).text(), "team")
                    && PEER_TEAM.matcher(lines.get(i).text()).matches()) {
                int end = i + 1;
                while (end < lines.size() && lines.get(end).headingLevel() == 0) {
                    end++;
                }
                List<ReportDraft.PeerDraft> peers = PeerTeam.read(lines, i + 1, end, doubts);
                if (peers.isEmpty()) {
                    doubts.add(new Doubt(
                            "peer team",
                            "The peer team section lists no peers.",
                            lines.get(i).text()));
                }
                return peers;
            }
        }
        doubts.add(new Doubt("peer team", "No peer team section was found. Add the peers by hand.", null));
        return List.of();
    }

    /** "…asked the peer team to provide feedback on Transformation: …", or minutes' "were also asked to look at a; b". */
    private static List<String> extraScope(List<Line> lines) {
        for (Line line : lines) {
            Matcher extra = line.text().contains("asked the peer team to ") ? EXTRA_SCOPE.matcher(line.text()) : null;
            if (extra != null && extra.find()) {
                return List.of(extra.group(1).strip());
            }
        }
        for (Line line : lines) {
            Optional<String> also = alsoAsked(line.text());
            if (also.isPresent()) {
                return List.of(also.get().split(";")).stream()
                        .map(String::strip)
                        .map(scope -> scope.replaceFirst("^and ", ""))
                        .filter(scope -> !scope.isEmpty())
                        .toList();
            }
        }
        return List.of();
    }

    /**
     * What {@code (?i)(?:were|was) also asked to (?:look at|consider) (.+?)\.(?:\s|$)} captured: the words after
     * the first such phrase that has a full stop ending a sentence after it, before the line breaks. The full stop
     * and the line's end are each looked for once, however many such phrases the line repeats.
     */
    static Optional<String> alsoAsked(String line) {
        if (!line.toLowerCase(Locale.ROOT).contains("also asked to ")) {
            return Optional.empty();
        }
        NextIndex fullStop = new NextIndex(from -> sentenceEnd(line, from));
        NextIndex lineEnd = new NextIndex(from -> NextIndex.lineTerminator(line, from));
        Matcher asked = ALSO_ASKED.matcher(line);
        for (int from = 0; from < line.length() && asked.find(from); from = asked.start() + 1) {
            int end = fullStop.from(asked.end() + 1);
            int lineBreak = lineEnd.from(asked.end());
            if (end >= 0 && (lineBreak < 0 || end < lineBreak)) {
                return Optional.of(line.substring(asked.end(), end));
            }
        }
        return Optional.empty();
    }

    /** The first '.' at or after {@code from} followed by a space or by the end ({@code \.(?:\s|$)}), or -1. */
    private static int sentenceEnd(String line, int from) {
        for (int dot = line.indexOf('.', from); dot >= 0; dot = line.indexOf('.', dot + 1)) {
            int next = dot + 1;
            if (next < line.length() && " \t\n\u000b\f\r".indexOf(line.charAt(next)) >= 0 || atEndOfInput(line, next)) {
                return dot;
            }
        }
        return -1;
    }

    /** Java's {@code $} without MULTILINE: the end, or before a line terminator that ends the input. */
    private static boolean atEndOfInput(String line, int at) {
        int left = line.length() - at;
        return left <= 0
                || left == 1 && NextIndex.lineTerminator(line, at) == at
                || left == 2 && line.charAt(at) == '\r' && line.charAt(at + 1) == '\n';
    }

    /**
     * Whether a heading pattern ending in {@code word} (and perhaps a colon) can match at all: checked first because
     * running the pattern on each of a few hundred thousand lines costs more than the check.
     */
    private static boolean endsWithWord(String text, String word) {
        int end = text.endsWith(":") ? text.length() - 1 : text.length();
        return end >= word.length() && text.regionMatches(true, end - word.length(), word, 0, word.length());
    }

    /** The paragraphs under "Executive summary", up to the next heading of its level or the recommendations. */
    private static String executiveSummary(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (endsWithWord(lines.get(i).text(), "summary")
                    && EXECUTIVE_SUMMARY.matcher(lines.get(i).text()).matches()) {
                List<String> text = new ArrayList<>();
                int end = sectionEnd(lines, i);
                for (int j = i + 1;
                        j < end
                                && !RECOMMENDATIONS_HEADING
                                        .matcher(lines.get(j).text())
                                        .matches();
                        j++) {
                    if (!lines.get(j).isBlank()) {
                        text.add(lines.get(j).text());
                    }
                }
                return String.join("\n\n", text);
            }
        }
        return null;
    }
}
