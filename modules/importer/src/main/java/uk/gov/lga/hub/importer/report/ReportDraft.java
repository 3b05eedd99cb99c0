package uk.gov.lga.hub.importer.report;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.importer.Doubt;

/**
 * What the importer read from a feedback report, for a peer challenge manager to check before anything is saved.
 * Anything it could not read with confidence is in {@code doubts}, with the text it came from.
 */
public record ReportDraft(
        String councilName,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        List<PeerDraft> peers,
        List<String> coreThemes,
        List<String> extraScope,
        String executiveSummary,
        List<RecommendationDraft> recommendations,
        List<Doubt> doubts) {

    public record PeerDraft(String name, String role, String organisation, String kind, String politicalGroup) {}

    public record RecommendationDraft(String number, String title, String text) {}
}
