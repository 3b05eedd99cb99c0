package uk.gov.lga.hub.importer.report;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.ImportProgress;
import uk.gov.lga.hub.importer.NotAReport;
import uk.gov.lga.hub.importer.text.DocxLines;
import uk.gov.lga.hub.importer.text.Lines;

/**
 * Reads an LGA feedback report (its .docx, or the text of it) into a {@link ReportDraft}: council, on-site dates,
 * peer team, themes and extra scope, executive summary, and every key recommendation with its number as printed.
 * Also reads minutes that list recommendations after an introducing line ("…the following 10 recommendations:").
 */
public final class ReportParser {

    /** The five core themes of today's Corporate Peer Challenge, as reports name them. */
    public static final List<String> CORE_THEMES = List.of("Local priorities and outcomes",
            "Organisational and place leadership", "Governance and culture", "Financial planning and management",
            "Capacity for improvement");

    private static final Pattern RECOMMENDATIONS_HEADING = Pattern.compile(
            "^(?:\\d+\\.?\\s+)?(?:key\\s+)?recommendations\\s*:?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RECOMMENDATIONS_INTRO = Pattern.compile(".*\\brecommendations\\b.*:$",
            Pattern.CASE_INSENSITIVE);
    /** A numbered top-level section heading, e.g. "3 Summary of the peer challenge approach". */
    private static final Pattern SECTION = Pattern.compile("^\\d+\\s+[A-Z][^.]{2,80}$");
    /** "Coventry City Council", "Stockton-on-Tees Borough Council". */
    private static final Pattern TYPED_COUNCIL = Pattern.compile("\\b([A-Z][a-z]+(?:[ -](?:upon|on|le|in|under)?[ -]?"
            + "[A-Z][a-z]+)*) (?:City|County|Borough|District|Metropolitan Borough|Town) Council\\b");
    /** "Gateshead Council"; not "The Council", "Full Council" or "Cabinet and Council". */
    private static final Pattern PLAIN_COUNCIL = Pattern.compile("\\b(?!(?:The|This|That|Each|Every|Our|Your|A|Full|"
            + "Cabinet|City|County|Town|Parish|District|Borough|Unitary|Combined)\\b)([A-Z][a-z]+(?:-[a-z]+-[A-Z][a-z]+)?)"
            + " Council\\b");
    private static final Pattern ONSITE_AT = Pattern.compile("on-?site at ([A-Z][\\w' -]+?)[,.]");
    private static final Pattern EXTRA_SCOPE = Pattern.compile(
            "asked the peer team to (?:provide feedback on|look at|consider) ([A-Z][^:.,]{2,60})[:.,]");

    private ReportParser() {
    }

    public static ReportDraft parseDocx(InputStream docx, ImportProgress progress) {
        return parse(DocxLines.of(docx), progress);
    }

    public static ReportDraft parseText(String text, ImportProgress progress) {
        return parse(Lines.ofText(text == null ? "" : text), progress);
    }

    static ReportDraft parse(List<String> lines, ImportProgress progress) {
        List<Doubt> doubts = new ArrayList<>();
        progress.step("reading the document", 0, lines.size());
        Optional<int[]> recommendations = recommendationsSection(lines);
        Optional<VisitDates.Visit> visit = VisitDates.find(lines);
        if (recommendations.isEmpty() && visit.isEmpty()) {
            throw new NotAReport("This file does not look like an LGA peer challenge feedback report: no"
                    + " recommendations section and no on-site dates were found.");
        }
        List<ReportDraft.RecommendationDraft> recs = recommendations.map(range -> RecommendationList.read(lines,
                range[0], range[1], doubts, progress)).orElse(List.of());
        if (recs.isEmpty()) {
            doubts.add(new Doubt("recommendations", "No key recommendations were found. Add them by hand.", null));
        }
        if (visit.isEmpty()) {
            doubts.add(new Doubt("on-site dates", "The on-site dates are not in the text (often they are on the"
                    + " report's cover, which does not come through). Enter them.", null));
        }
        progress.step("peer team and scope", lines.size(), lines.size());
        return new ReportDraft(council(lines, doubts), visit.map(VisitDates.Visit::start).orElse(null),
                visit.map(VisitDates.Visit::end).orElse(null), peers(lines, doubts), coreThemes(lines),
                extraScope(lines), executiveSummary(lines), recs, doubts);
    }

    /** [first line of the list, end] of the recommendations, after its heading or introducing line. */
    private static Optional<int[]> recommendationsSection(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (RECOMMENDATIONS_HEADING.matcher(line).matches() || RECOMMENDATIONS_INTRO.matcher(line).matches()) {
                int end = i + 1;
                while (end < lines.size() && !SECTION.matcher(lines.get(end)).matches()) {
                    end++;
                }
                return Optional.of(new int[] {i + 1, end});
            }
        }
        return Optional.empty();
    }

    /** The first council named outside the peer team's list (whose lines name the peers' own councils). */
    private static String council(List<String> lines, List<Doubt> doubts) {
        for (Pattern council : List.of(TYPED_COUNCIL, PLAIN_COUNCIL)) {
            for (String line : lines) {
                Matcher named = council.matcher(line);
                if (!line.matches("^[•·*▪-].*") && named.find()) {
                    return named.group();
                }
            }
        }
        for (String line : lines) {
            Matcher at = ONSITE_AT.matcher(line);
            if (at.find()) {
                doubts.add(new Doubt("council", "The council's full name is not printed; \"" + at.group(1)
                        + "\" is where the peers were on site. Choose the council.", line));
                return at.group(1).strip();
            }
        }
        doubts.add(new Doubt("council", "The council could not be found in the text. Choose it.", null));
        return null;
    }

    private static List<ReportDraft.PeerDraft> peers(List<String> lines, List<Doubt> doubts) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("(?i)^(\\d+(\\.\\d+)*\\s+)?the peer team$")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).matches("^\\d+(\\.\\d+)*\\s+[A-Z].*")) {
                    end++;
                }
                List<ReportDraft.PeerDraft> peers = PeerTeam.read(lines, i + 1, end, doubts);
                if (peers.isEmpty()) {
                    doubts.add(new Doubt("peer team", "The peer team section lists no peers.", lines.get(i)));
                }
                return peers;
            }
        }
        doubts.add(new Doubt("peer team", "No peer team section was found. Add the peers by hand.", null));
        return List.of();
    }

    private static List<String> coreThemes(List<String> lines) {
        Set<String> found = new LinkedHashSet<>();
        for (String theme : CORE_THEMES) {
            String wanted = normal(theme);
            if (lines.stream().anyMatch(line -> normal(line).contains(wanted))) {
                found.add(theme);
            }
        }
        return List.copyOf(found);
    }

    private static List<String> extraScope(List<String> lines) {
        for (String line : lines) {
            Matcher extra = EXTRA_SCOPE.matcher(line);
            if (extra.find()) {
                return List.of(extra.group(1).strip());
            }
        }
        return List.of();
    }

    /** The paragraphs under "Executive summary", up to the next numbered section. */
    private static String executiveSummary(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("(?i)^(\\d+\\.?\\s+)?executive summary$")) {
                List<String> text = new ArrayList<>();
                for (int j = i + 1; j < lines.size() && !SECTION.matcher(lines.get(j)).matches()
                        && !RECOMMENDATIONS_HEADING.matcher(lines.get(j)).matches(); j++) {
                    if (!lines.get(j).isBlank()) {
                        text.add(lines.get(j));
                    }
                }
                return String.join("\n\n", text);
            }
        }
        return null;
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.UK).replace("&", "and").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ");
    }
}
