package uk.gov.lga.hub.application.demo;

import java.time.LocalDate;
import java.util.List;

/** The shape of {@code demo/demo-data.json}. */
public record DemoData(List<CouncilEntry> councils, List<ChallengeEntry> challenges) {

    public record CouncilEntry(String code, String name, String type, String region) {}

    public record ChallengeEntry(
            String council,
            String framework,
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            List<String> focusAreas,
            List<TeamEntry> team,
            List<RecommendationEntry> recommendations,
            String executiveSummary,
            java.util.Map<String, String> themeFeedback,
            LocalDate reportIssuedOn,
            List<PublicationEntry> publications,
            List<String> statusPath,
            LocalDate progressReviewPlanned,
            LocalDate progressReviewHeld,
            List<String> progressReviewAttendees,
            String progressReviewSummary) {}

    public record PublicationEntry(String kind, LocalDate publishedOn, String url) {}

    /** A peer; {@code username} when they sign in to the Hub (the demo's manager, who then gets reminders). */
    public record TeamEntry(
            String name,
            String role,
            String position,
            String homeOrganisation,
            String politicalGroup,
            String username) {}

    public record RecommendationEntry(String number, String title, String text, List<String> themes) {}
}
