package uk.gov.lga.hub.application.imports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.importer.report.ReportDraft;

/**
 * What was read from a feedback report, for a peer challenge manager to check before anything is saved (the read
 * model of the importer's draft, so that the API and the UI need not know the importer). Anything that could not
 * be read with confidence is in {@code doubts}, with the text it came from. Kept in the UI's session while it is
 * checked, so Serializable (sessions are shared in a cluster).
 */
public record ReportDraftView(
        String councilName,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        List<Peer> peers,
        List<String> coreThemes,
        List<String> extraScope,
        String executiveSummary,
        List<Recommendation> recommendations,
        List<Doubt> doubts)
        implements Serializable {

    /** A member of the peer team as the report names them; {@code kind} is a {@code TeamRole}'s name. */
    public record Peer(String name, String role, String organisation, String kind, String politicalGroup)
            implements Serializable {}

    /** A recommendation as printed: its number, title and text. */
    public record Recommendation(String number, String title, String text) implements Serializable {}

    /** Something not read with confidence: which field, why, and the text it came from. */
    public record Doubt(String field, String reason, String sourceText) implements Serializable {}

    static ReportDraftView of(ReportDraft draft) {
        return new ReportDraftView(
                draft.councilName(),
                draft.onSiteStart(),
                draft.onSiteEnd(),
                draft.peers().stream()
                        .map(p -> new Peer(p.name(), p.role(), p.organisation(), p.kind(), p.politicalGroup()))
                        .toList(),
                draft.coreThemes(),
                draft.extraScope(),
                draft.executiveSummary(),
                draft.recommendations().stream()
                        .map(r -> new Recommendation(r.number(), r.title(), r.text()))
                        .toList(),
                draft.doubts().stream()
                        .map(d -> new Doubt(d.field(), d.reason(), d.sourceText()))
                        .toList());
    }
}
