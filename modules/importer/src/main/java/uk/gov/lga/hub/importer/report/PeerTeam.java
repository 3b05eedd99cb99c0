package uk.gov.lga.hub.importer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.lga.hub.importer.Doubt;

/**
 * The peer team as reports list it: "Name – Role, Home organisation", one a line, usually bulleted. The LGA's
 * Peer Challenge Manager is recognised by role, member peers by "Cllr", and the lead peer as the first chief
 * executive listed (reports name the lead first); anything else is an officer peer.
 */
final class PeerTeam {

    private static final Pattern PEER = Pattern.compile("^(?:[•·*▪-]\\s*)?(?<name>[^–\\-,]{3,60}?)\\s+[–-]\\s+(?<rest>.+)$");
    private static final Pattern GROUP = Pattern.compile("\\(([^)]+)\\)");

    private PeerTeam() {
    }

    static List<ReportDraft.PeerDraft> read(List<String> lines, int from, int to, List<Doubt> doubts) {
        List<ReportDraft.PeerDraft> peers = new ArrayList<>();
        boolean leadFound = false;
        for (int i = from; i < to; i++) {
            String line = lines.get(i);
            if (!line.matches("^[•·*▪-].*")) {
                continue;
            }
            Matcher peer = PEER.matcher(line);
            if (!peer.matches()) {
                doubts.add(new Doubt("peer team", "This line could not be read as a peer's name, role and"
                        + " organisation.", line));
                continue;
            }
            String name = peer.group("name").strip();
            String rest = peer.group("rest").strip();
            int comma = rest.lastIndexOf(", ");
            String role = comma > 0 ? rest.substring(0, comma).strip() : rest;
            String organisation = comma > 0 ? rest.substring(comma + 2).strip() : null;
            if (organisation == null) {
                doubts.add(new Doubt("peer team", "No home organisation could be told apart from the role for "
                        + name + ".", line));
            }
            String group = null;
            Matcher party = GROUP.matcher(name);
            if (party.find()) {
                group = party.group(1);
                name = name.replace(party.group(), "").strip();
            }
            String kind;
            if (role.toLowerCase().contains("peer challenge manager")) {
                kind = "PEER_CHALLENGE_MANAGER";
            } else if (name.startsWith("Cllr") || name.startsWith("Councillor")) {
                kind = "MEMBER_PEER";
            } else if (!leadFound && (role.matches("(?i).*\\b(CEX|chief executive)\\b.*"))) {
                kind = "LEAD_PEER";
                leadFound = true;
            } else {
                kind = "OFFICER_PEER";
            }
            peers.add(new ReportDraft.PeerDraft(name, role, organisation, kind, group));
        }
        return peers;
    }
}
