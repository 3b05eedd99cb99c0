package uk.gov.lga.hub.application.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * "Similar elsewhere" (issue 16, point 3): for a recommendation, the most similar published recommendations made
 * to other councils, with what those councils did as published. Whoever may read the recommendation may ask; what
 * comes back is only ever published (the query reads {@link PublishedRecords}, never council data).
 */
@ApplicationScoped
@Transactional
public class SimilarRecommendations {

    public static final int SHOWN = 5;
    static final int SNIPPET = 240;

    @Inject
    CouncilDirectory councils;

    @Inject
    PublishedRecords published;

    /**
     * A similar published recommendation elsewhere; {@code actionPlan} and {@code progressReview} are null until
     * the council published them.
     */
    public record SimilarRecommendation(
            String recommendationKey,
            long publicationId,
            String councilCode,
            String councilName,
            LocalDate reportPublishedOn,
            String number,
            String title,
            String snippet,
            double score,
            PublishedPlanOutcome actionPlan,
            PublishedProgressRating progressReview) {}

    /** The council's answer as its action plan was published. */
    public record PublishedPlanOutcome(
            Acceptance acceptance,
            int actions,
            int notStarted,
            int inProgress,
            int complete,
            int dropped,
            LocalDate publishedOn) {}

    /** The published progress review's rating. */
    public record PublishedProgressRating(Rag rag, LocalDate heldOn) {}

    public List<SimilarRecommendation> similarTo(Caller caller, long recommendationId) {
        councils.readerOfRecommendation(caller, recommendationId);
        return published.similarTo(recommendationId, SHOWN).stream()
                .map(SimilarRecommendations::of)
                .toList();
    }

    static SimilarRecommendation of(PublishedRecords.Similar s) {
        PublishedRecords.Answer a = s.answer();
        PublishedRecords.Rating r = s.rating();
        return new SimilarRecommendation(
                OpenData.key(s.publicationId(), s.number()),
                s.publicationId(),
                s.councilCode(),
                s.councilName(),
                s.reportPublishedOn(),
                s.number(),
                s.title(),
                snippet(s.text()),
                Math.round(s.rank() * 1000) / 1000.0,
                a == null
                        ? null
                        : new PublishedPlanOutcome(
                                Acceptance.valueOf(a.acceptance()),
                                a.actions(),
                                a.notStarted(),
                                a.inProgress(),
                                a.complete(),
                                a.dropped(),
                                a.actionPlanPublishedOn()),
                r == null ? null : new PublishedProgressRating(Rag.valueOf(r.rag()), r.reviewHeldOn()));
    }

    /** The text's opening, cut at a word and marked with an ellipsis when it is longer. */
    static String snippet(String text) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= SNIPPET) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', SNIPPET);
        return plain.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + "…";
    }
}
