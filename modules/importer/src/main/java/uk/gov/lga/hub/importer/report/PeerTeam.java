package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;
import uk.gov.lga.hub.importer.text.Line;
import uk.gov.lga.hub.importer.text.NextIndex;

/**
 * The peer team as reports list it: "Name – Role, Home organisation", one a line, usually bulleted (or a table row
 * of name, role and organisation). The LGA's Peer Challenge Manager is recognised by role, member peers by "Cllr"
 * or "Councillor", and the lead peer by "lead peer" in the role or else as the first chief executive listed
 * (reports name the lead first); anyone else is an officer peer. A political group is read from brackets.
 */
final class PeerTeam {

    private static final Pattern PEER =
            Pattern.compile("^(?:[•·*▪◦-]\\s*)?(?<name>[^–\\-,:]{3,60}?)\\s+[–—-]\\s+" + "(?<rest>.+)$");
    private static final Pattern BULLETED = Pattern.compile("^[•·*▪◦-].*");
    /** "Officer peer – Name, job, organisation" (or "Officer peer: …"): the peer's part in the team first. */
    private static final Pattern ROLE_FIRST = Pattern.compile(
            "^(?:[•·*▪◦-]\\s*)?(?<part>(?:(?:lead|member|officer"
                    + "|shadow|shadowing|co-opted|additional)\\s+)?peer(?:\\s+challenge\\s+manager)?|(?:lga\\s+)?(?:peer\\s+)?"
                    + "(?:challenge|review)\\s+manager)\\s*(?:[–—-]|:)\\s*(?<rest>\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    /** A peer's part in the team, as a table's first column may give it. */
    private static final Pattern PART = Pattern.compile(
            "(?i)(?:(?:lead|member|officer|shadow|shadowing|co-opted"
                    + "|additional)\\s+)?peer(?:\\s+challenge\\s+manager)?|(?:lga\\s+)?(?:peer\\s+)?(?:challenge|review)\\s+manager");

    private static final java.util.Set<String> HEADER_CELLS = java.util.Set.of(
            "name",
            "peer",
            "role",
            "position",
            "job title",
            "title",
            "organisation",
            "organization",
            "council",
            "authority",
            "home council",
            "employer",
            "role in the team",
            "peer role");
    /** "Anna Kowalski, Chief Executive, Royal Borough of Elmstead": a person's name, then role and organisation. */
    private static final Pattern NAME_COMMA = Pattern.compile("^(?:[•·*▪◦-]\\s*)?(?<name>(?:(?:Cllr\\.?|Councillor|Dr)"
            + "\\s+)?\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}(?:\\s*\\([^)]{1,30}\\))?),\\s+"
            + "(?<rest>[^,]+,\\s+.+)$");
    /** "(Labour)", "(Lab)", "(Conservative)", "(Lib Dem)", "(Independent)" and the like. */
    private static final Pattern GROUP = Pattern.compile(
            "\\(((?:Lab|Con|Lib|LD|Ind|Green|Plaid|SNP|Reform|" + "Residents)[^)]{0,30})\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern CHIEF_EXECUTIVE = Pattern.compile("\\b(cex|chief executive)\\b");
    private static final int PEER_LINE_WORDS = 25;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private PeerTeam() {}

    /** The peers in lines [from, to), and the lines of the list; it ends at the first other line after a peer. */
    record Read(List<ReportDraft.PeerDraft> peers, int firstLine, int lastLine) {}

    static Read read(List<Line> lines, int from, int to, List<Doubt> doubts) {
        List<ReportDraft.PeerDraft> peers = new ArrayList<>();
        int first = from;
        int last = from - 1;
        for (int i = from; i < to; i++) {
            String line = lines.get(i).text();
            int before = peers.size();
            if (line.isBlank()) {
                continue;
            }
            readLine(line, doubts, peers);
            if (peers.size() > before) {
                first = before == 0 ? i : first;
                last = i;
            } else if (BULLETED.matcher(line).matches()) {
                doubts.add(new Doubt(
                        "peer team", "This line could not be read as a peer's name, role and organisation.", line));
            } else if (!peers.isEmpty()) {
                break; // the list has ended: what follows is the report going on
            }
        }
        return new Read(peers, first, last);
    }

    private static void readLine(String line, List<Doubt> doubts, List<ReportDraft.PeerDraft> peers) {
        String[] cells = line.split("\t");
        if (cells.length >= 2) {
            peerFromCells(cells, line, doubts, peers);
            return;
        }
        boolean shortLine =
                !line.endsWith(".") && !line.endsWith(":") && WHITESPACE.split(line).length <= PEER_LINE_WORDS;
        Matcher roleFirst = ROLE_FIRST.matcher(line);
        if (shortLine && roleFirst.matches()) {
            String[] parts = roleFirst.group("rest").split(",\\s+");
            String part = roleFirst.group("part").strip();
            String role = parts.length >= 3 ? String.join(", ", List.of(parts).subList(1, parts.length - 1)) : part;
            add(
                    parts[0],
                    role,
                    parts.length >= 2 ? parts[parts.length - 1] : null,
                    line,
                    doubts,
                    peers,
                    kindOfPart(part));
            return;
        }
        Matcher peer = PEER.matcher(line);
        boolean listed = BULLETED.matcher(line).matches();
        if (peer.matches() && (listed || shortLine)) {
            String rest = peer.group("rest").strip();
            int comma = rest.lastIndexOf(", ");
            add(
                    peer.group("name"),
                    comma > 0 ? rest.substring(0, comma) : rest,
                    comma > 0 ? rest.substring(comma + 2) : null,
                    line,
                    doubts,
                    peers,
                    null);
            return;
        }
        Matcher named = NAME_COMMA.matcher(line);
        if (shortLine && named.matches()) {
            String rest = named.group("rest").strip();
            int comma = rest.lastIndexOf(", ");
            add(named.group("name"), rest.substring(0, comma), rest.substring(comma + 2), line, doubts, peers, null);
        }
    }

    private static String kindOfPart(String part) {
        String lower = part.toLowerCase(Locale.UK);
        if (lower.contains("manager")) {
            return "PEER_CHALLENGE_MANAGER";
        }
        return lower.startsWith("lead") ? "LEAD_PEER" : lower.startsWith("member") ? "MEMBER_PEER" : "OFFICER_PEER";
    }

    /**
     * A table row: name, role[, organisation] in that order, unless the part in the team comes first ("Lead peer",
     * "Member peer") or a header row named the columns ("Role | Name | Organisation"); a header row is skipped.
     */
    private static void peerFromCells(
            String[] cells, String line, List<Doubt> doubts, List<ReportDraft.PeerDraft> peers) {
        if (cells[0].isBlank() || isHeader(cells)) {
            return;
        }
        String first = cells[0].strip();
        boolean partFirst = PART.matcher(first).matches();
        String name = partFirst ? cells[1] : cells[0];
        String role = (partFirst ? first : cells[1]).strip();
        String organisation = cells.length > 2 ? cells[2].strip() : null;
        int comma = role.lastIndexOf(", ");
        if (organisation == null && comma > 0) {
            organisation = role.substring(comma + 2);
            role = role.substring(0, comma);
        }
        add(name, role, organisation, line, doubts, peers, partFirst ? kindOfPart(first) : null);
    }

    /** "Name | Role | Organisation" and the like: every cell a column's name. */
    private static boolean isHeader(String[] cells) {
        for (String cell : cells) {
            if (!HEADER_CELLS.contains(cell.strip().toLowerCase(Locale.UK))) {
                return false;
            }
        }
        return true;
    }

    private static void add(
            String printedName,
            String printedRole,
            String printedOrganisation,
            String line,
            List<Doubt> doubts,
            List<ReportDraft.PeerDraft> peers,
            String printedKind) {
        String group = null;
        StringBuilder name = new StringBuilder(printedName.strip());
        StringBuilder role = new StringBuilder(printedRole.strip());
        StringBuilder organisation =
                printedOrganisation == null ? null : new StringBuilder(printedOrganisation.strip());
        for (StringBuilder part : new StringBuilder[] {name, role, organisation}) {
            Matcher party = part == null ? null : GROUP.matcher(part);
            if (party != null && party.find()) {
                group = party.group(1).strip();
                part.replace(spaceBefore(part, party.start()), party.end(), "");
            }
        }
        String org = organisation == null || organisation.toString().isBlank()
                ? null
                : organisation.toString().strip();
        if (org == null) {
            doubts.add(new Doubt(
                    "peer team",
                    "No home organisation could be told apart from the role for "
                            + name.toString().strip() + ".",
                    line));
        }
        String kind = printedKind != null ? printedKind : kind(name.toString(), role.toString(), peers);
        peers.add(new ReportDraft.PeerDraft(
                name.toString().strip(), role.toString().strip(), org, kind, group));
    }

    /**
     * Where the whitespace before a bracket starts: the group goes with it. Found by walking back, not by a leading
     * {@code \\s*} in the pattern, which makes a search retry at every space of a long run.
     */
    private static int spaceBefore(CharSequence text, int bracket) {
        int start = bracket;
        while (start > 0 && " \t\n\u000b\f\r".indexOf(text.charAt(start - 1)) >= 0) {
            start--;
        }
        return start;
    }

    /** What {@code .*} on both sides of a word asked of the role: no line breaks in it. */
    private static boolean isOneLine(String text) {
        return NextIndex.lineTerminator(text, 0) < 0;
    }

    private static String kind(String name, String role, List<ReportDraft.PeerDraft> soFar) {
        String lower = role.toLowerCase(Locale.UK);
        boolean leadFound = soFar.stream().anyMatch(p -> p.kind().equals("LEAD_PEER"));
        if (lower.contains("peer challenge manager") || lower.contains("review manager")) {
            return "PEER_CHALLENGE_MANAGER";
        }
        if (lower.contains("lead peer") && !leadFound) {
            return "LEAD_PEER";
        }
        if (name.matches("^(Cllr|Councillor|Cllr\\.)\\b.*") || lower.contains("member peer")) {
            return "MEMBER_PEER";
        }
        if (!leadFound
                && isOneLine(lower)
                && CHIEF_EXECUTIVE.matcher(lower).find()
                && !lower.contains("assistant chief")
                && !lower.contains("deputy chief")) {
            return "LEAD_PEER";
        }
        return "OFFICER_PEER";
    }
}
