package uk.gov.lga.hub.domain.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.PublicationRules;

/**
 * Where one challenge stands: its recommendations and actions ({@link ActionCounts}), how long since the
 * council last reported progress, its progress review, and each publication deadline (met, how late).
 */
public record ChallengeMeasures(
        ChallengeFacts challenge,
        ActionCounts counts,
        Double shareComplete,
        Long daysSinceLastUpdate,
        ReviewStanding progressReview,
        List<Deadline> deadlines) {

    public static ChallengeMeasures of(
            ChallengeFacts facts,
            Collection<RecommendationFigures> recommendations,
            PublicationRules rules,
            LocalDate today) {
        ActionCounts counts = ActionCounts.of(recommendations);
        return new ChallengeMeasures(
                facts,
                counts,
                counts.shareComplete(),
                counts.daysSinceLastUpdate(today),
                ReviewStanding.of(
                        facts.status(),
                        facts.onSiteEnd(),
                        facts.progressReviewPlanned(),
                        facts.progressReviewHeld(),
                        today),
                rules.deadlines(facts.status(), facts.onSiteEnd(), facts.published(), today));
    }
}
