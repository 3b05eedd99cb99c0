package uk.gov.lga.hub.importer.report;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
import uk.gov.lga.hub.importer.text.SectionNames.Section;

/**
 * Reads an LGA feedback report (its .docx, or the text of it) into a {@link ReportDraft}: council, on-site dates,
 * peer team, themes and extra scope, executive summary, and every key recommendation with its number as printed.
 * Also reads minutes that list recommendations after an introducing line ("…the following 10 recommendations:").
 * A .docx and a text export become the same {@link Line}s first, so there is one parser for both.
 */
public final class ReportParser {

    /** The five core themes of today's Corporate Peer Challenge, as reports name them. */
    public static final List<String> CORE_THEMES = CoreThemes.names();

    /** "…the following 10 recommendations:" is this found in a line that ends with a colon (see introduces()). */
    private static final Pattern RECOMMENDATIONS_WORD =
            Pattern.compile("\\brecommendations\\b", Pattern.CASE_INSENSITIVE);
    /** "The peers were:", "The team was made up of the following peers:", "…delivered by the following peers:". */
    private static final Pattern PEERS_INTRODUCED = Pattern.compile("(?i)\\b(?:the peers were|peers? (?:team )?(?:was"
            + "|were|comprised|included)|following peers|team (?:was|were|comprised|included)|made up of)\\b");

    private static final int MOST_DOUBTS = 30;

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

    /** @throws NotAReport if the text does not show enough signs of a feedback report (see {@link ReportGate}) */
    public static ReportDraft parseText(String text, ImportProgress progress) {
        return parse(Lines.ofText(text), progress);
    }

    static ReportDraft parse(List<Line> lines, ImportProgress listener) {
        return parse(lines, listener, null);
    }

    static ReportDraft parse(List<Line> raw, ImportProgress listener, Collection<String> knownCouncils) {
        ImportProgress progress = listener == null ? ImportProgress.NONE : listener;
        Outline outline = Outline.of(raw);
        List<Line> lines = outline.lines();
        List<Doubt> doubts = new ArrayList<>();
        progress.step("reading the document", 0, lines.size());
        Optional<VisitDates.Visit> visit = VisitDates.find(lines);
        List<ReportDraft.RecommendationDraft> recs = recommendations(outline, doubts, progress);
        List<Doubt> peerDoubts = new ArrayList<>();
        PeerTeam.Read team = peers(outline, peerDoubts);
        String summary = executiveSummary(outline);
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
        if (summary == null || summary.isBlank()) {
            doubts.add(new Doubt("executive summary", "No executive summary was found. Add it by hand.", null));
        }
        doubts.addAll(peerDoubts);
        progress.step("peer team and scope", lines.size(), lines.size());
        Set<Integer> peerLines = new HashSet<>();
        for (int i = team.firstLine(); i <= team.lastLine(); i++) {
            peerLines.add(i);
        }
        Set<String> peerCouncils = new HashSet<>();
        team.peers().stream()
                .map(ReportDraft.PeerDraft::organisation)
                .filter(o -> o != null)
                .forEach(peerCouncils::add);
        String council = CouncilChooser.choose(outline, peerLines, peerCouncils, knownCouncils, doubts);
        List<String> themes = CoreThemes.find(lines, doubts);
        List<String> extraScope = extraScope(lines);
        // Last, so that a refused file costs what a report costs: no shape of text is cheaper to send.
        ReportGate.check(new ReportGate.Read(
                outline,
                recs.size(),
                visit.map(VisitDates.Visit::stated).orElse(false),
                summary != null && !summary.isBlank(),
                team.peers().size()));
        return new ReportDraft(
                council,
                visit.map(VisitDates.Visit::start).orElse(null),
                visit.map(VisitDates.Visit::end).orElse(null),
                team.peers(),
                themes,
                extraScope,
                summary,
                recs,
                Doubt.capped(doubts, MOST_DOUBTS));
    }

    /**
     * The first list of recommendations found: under a heading that names them (in whatever words), else after a
     * line that introduces them ("…the following recommendations:"). A heading with nothing under it (a contents
     * page) is passed over.
     */
    private static List<ReportDraft.RecommendationDraft> recommendations(
            Outline outline, List<Doubt> doubts, ImportProgress progress) {
        List<Line> lines = outline.lines();
        List<Integer> openings = new ArrayList<>(outline.headings(Section.RECOMMENDATIONS));
        for (int i = 0; i < lines.size(); i++) {
            if (outline.section(i) == null
                    && introducesRecommendations(lines.get(i).text())) {
                openings.add(i);
            }
        }
        for (int opening : openings) {
            List<Doubt> found = new ArrayList<>();
            List<ReportDraft.RecommendationDraft> recs =
                    RecommendationList.read(lines, opening + 1, outline.end(opening), found, progress);
            if (!recs.isEmpty()) {
                doubts.addAll(found);
                return recs;
            }
        }
        return List.of();
    }

    /** Under "The peer team" (or the like), else after a line that introduces them ("The peers were:"). */
    private static PeerTeam.Read peers(Outline outline, List<Doubt> doubts) {
        List<Line> lines = outline.lines();
        List<Integer> openings = new ArrayList<>(outline.headings(Section.PEER_TEAM));
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (outline.section(i) == null
                    && text.endsWith(":")
                    && PEERS_INTRODUCED.matcher(text).find()) {
                openings.add(i);
            }
        }
        for (int opening : openings) {
            int end = opening + 1;
            while (end < lines.size() && !outline.isHeading(end)) {
                end++;
            }
            List<Doubt> found = new ArrayList<>();
            PeerTeam.Read team = PeerTeam.read(lines, opening + 1, end, found);
            if (!team.peers().isEmpty()) {
                doubts.addAll(found);
                return team;
            }
        }
        doubts.add(new Doubt(
                "peer team",
                openings.isEmpty()
                        ? "No peer team section was found. Add the peers by hand."
                        : "The peer team section lists no peers.",
                openings.isEmpty() ? null : lines.get(openings.get(0)).text()));
        return new PeerTeam.Read(List.of(), 0, -1);
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

    /** The paragraphs under "Executive summary", up to the next heading or the line introducing the recommendations. */
    private static String executiveSummary(Outline outline) {
        List<Line> lines = outline.lines();
        for (int heading : outline.headings(Section.SUMMARY)) {
            List<String> text = new ArrayList<>();
            int end = outline.end(heading);
            for (int j = heading + 1;
                    j < end && !introducesRecommendations(lines.get(j).text());
                    j++) {
                if (!lines.get(j).isBlank()) {
                    text.add(lines.get(j).text());
                }
            }
            if (!text.isEmpty()) {
                return String.join("\n\n", text);
            }
        }
        return null;
    }
}
