package uk.gov.lga.hub.domain.progress;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.Deadline;

/**
 * Many challenges added up (a region, the nation, a filtered set): the same {@link ActionCounts}, how their
 * progress reviews stand, and how their publication deadlines went.
 */
public record RollUp(
        String label,
        int challenges,
        long councils,
        ActionCounts counts,
        Double shareComplete,
        Map<ReviewStanding, Integer> progressReviews,
        int deadlinesMet,
        int deadlinesMetLate,
        int deadlinesOverdue,
        Double averageDaysLate) {

    public static RollUp of(String label, Collection<ChallengeMeasures> measures) {
        ActionCounts counts =
                measures.stream().map(ChallengeMeasures::counts).reduce(ActionCounts.NONE, ActionCounts::plus);
        Map<ReviewStanding, Integer> reviews = new EnumMap<>(ReviewStanding.class);
        for (ReviewStanding standing : ReviewStanding.values()) {
            reviews.put(standing, (int) measures.stream()
                    .filter(m -> m.progressReview() == standing)
                    .count());
        }
        var deadlines = measures.stream().flatMap(m -> m.deadlines().stream()).toList();
        var late = deadlines.stream()
                .filter(d -> d.status() == Deadline.Status.MET_LATE)
                .toList();
        return new RollUp(
                label,
                measures.size(),
                measures.stream()
                        .map(m -> m.challenge().councilCode())
                        .distinct()
                        .count(),
                counts,
                counts.shareComplete(),
                reviews,
                count(deadlines, Deadline.Status.MET),
                late.size(),
                count(deadlines, Deadline.Status.OVERDUE),
                late.isEmpty()
                        ? null
                        : late.stream().mapToLong(Deadline::daysLate).average().orElse(0));
    }

    private static int count(Collection<Deadline> deadlines, Deadline.Status status) {
        return (int) deadlines.stream().filter(d -> d.status() == status).count();
    }
}
