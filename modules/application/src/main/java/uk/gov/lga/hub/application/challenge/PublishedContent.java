package uk.gov.lga.hub.application.challenge;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.review.TwoSidedReview;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.ProgressReview;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.domain.shared.RatingGap;
import uk.gov.lga.hub.domain.theme.Theme;

/**
 * What the public reads of a published report, frozen as JSON at the moment of publication: the one place that
 * decides what a published report contains.
 */
public final class PublishedContent {

    private static final Jsonb JSON = JsonbBuilder.create();

    private PublishedContent() {}

    public record Peer(String name, String position, String homeOrganisation) {}

    public record Recommendation(String number, String title, String text) {}

    /**
     * The peers' rating of one recommendation ({@code rag}, {@code feedback}) with the council's own beside it (null
     * where the council did not rate itself) and the gap between them.
     */
    public record Rating(
            String number,
            String title,
            Rag rag,
            String feedback,
            Rag councilRag,
            String councilNarrative,
            RatingGap gap) {}

    public record FeedbackReport(
            String council,
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            List<Peer> team,
            List<String> scope,
            String executiveSummary,
            Map<String, String> feedbackByTheme,
            List<Recommendation> recommendations) {}

    public record ProgressReviewReport(
            String council,
            LocalDate onSiteStart,
            LocalDate onSiteEnd,
            LocalDate heldOn,
            List<String> peers,
            String summary,
            List<Rating> ratings) {}

    /**
     * The content to freeze for this kind of publication; an action plan is the council's and not frozen here.
     *
     * @param selfAssessments the council's own ratings, read in its tenant scope: a progress review report shows them
     *     beside the peers'
     */
    public static String of(PeerChallenge challenge, PublicationKind kind, Collection<SelfAssessment> selfAssessments) {
        return switch (kind) {
            case FEEDBACK_REPORT -> JSON.toJson(feedbackReport(challenge));
            case PROGRESS_REVIEW_REPORT -> JSON.toJson(progressReviewReport(challenge, selfAssessments));
            case ACTION_PLAN -> null;
        };
    }

    private static FeedbackReport feedbackReport(PeerChallenge c) {
        Map<String, String> names =
                c.scope().stream().collect(java.util.stream.Collectors.toMap(Theme::code, Theme::name));
        Map<String, String> feedback = new java.util.LinkedHashMap<>();
        c.scope().forEach(t -> {
            if (c.report().themeFeedback().containsKey(t.code())) {
                feedback.put(names.get(t.code()), c.report().themeFeedback().get(t.code()));
            }
        });
        return new FeedbackReport(
                c.council().name(),
                c.visit().startDate(),
                c.visit().endDate(),
                c.team().stream()
                        .map(m -> new Peer(m.name(), m.position(), m.homeOrganisation()))
                        .toList(),
                c.scope().stream().map(Theme::name).toList(),
                c.report().executiveSummary(),
                feedback,
                c.recommendations().stream()
                        .map(r -> new Recommendation(r.number(), r.title(), r.text()))
                        .toList());
    }

    /** The recommendations the peers rated, each with the council's own view beside it. */
    private static ProgressReviewReport progressReviewReport(PeerChallenge c, Collection<SelfAssessment> own) {
        return new ProgressReviewReport(
                c.council().name(),
                c.visit().startDate(),
                c.visit().endDate(),
                c.progressReview().map(r -> r.heldDate()).orElse(null),
                c.progressReview().map(ProgressReview::attendees).orElse(List.of()),
                c.progressReview().map(ProgressReview::summary).orElse(null),
                TwoSidedReview.lines(c, own).stream()
                        .filter(line -> line.peersRag() != null)
                        .map(line -> new Rating(
                                line.number(),
                                line.title(),
                                line.peersRag(),
                                line.peersFeedback(),
                                line.councilRag(),
                                line.councilNarrative(),
                                line.gap()))
                        .toList());
    }
}
