package uk.gov.lga.hub.application.actionplan;

import java.util.List;
import uk.gov.lga.hub.domain.actionplan.PlanChanges;

/**
 * What changed in submitted version {@code version} since version {@code since}, per recommendation, in words;
 * {@code since} is null for the first version, which has nothing before it to compare with.
 */
public record SubmissionChanges(int version, Integer since, List<PlanChanges.ChangedRecommendation> recommendations) {

    static SubmissionChanges first() {
        return new SubmissionChanges(1, null, List.of());
    }

    static SubmissionChanges between(int version, PlanChanges changes) {
        return new SubmissionChanges(version, version - 1, changes.recommendations());
    }
}
