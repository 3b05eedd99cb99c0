package uk.gov.lga.hub.domain.progress;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * Recommendations and actions added up: the one sum behind every measure, for a challenge, a council, a region
 * or the nation, so a council's own page and every dashboard give the same numbers.
 */
public record ActionCounts(
        int recommendations,
        int responded,
        int actions,
        int notStarted,
        int inProgress,
        int complete,
        int dropped,
        int red,
        int amber,
        int green,
        int overdue,
        LocalDate lastUpdate) {

    public static final ActionCounts NONE = new ActionCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    public static ActionCounts of(Collection<RecommendationFigures> figures) {
        return new ActionCounts(
                figures.size(),
                (int) figures.stream().filter(RecommendationFigures::responded).count(),
                sum(figures, RecommendationFigures::actions),
                sum(figures, RecommendationFigures::notStarted),
                sum(figures, RecommendationFigures::inProgress),
                sum(figures, RecommendationFigures::complete),
                sum(figures, RecommendationFigures::dropped),
                sum(figures, RecommendationFigures::red),
                sum(figures, RecommendationFigures::amber),
                sum(figures, RecommendationFigures::green),
                sum(figures, RecommendationFigures::overdue),
                figures.stream()
                        .map(RecommendationFigures::lastUpdate)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(null));
    }

    public ActionCounts plus(ActionCounts other) {
        LocalDate latest = lastUpdate == null
                ? other.lastUpdate
                : other.lastUpdate == null
                        ? lastUpdate
                        : lastUpdate.isAfter(other.lastUpdate) ? lastUpdate : other.lastUpdate;
        return new ActionCounts(
                recommendations + other.recommendations,
                responded + other.responded,
                actions + other.actions,
                notStarted + other.notStarted,
                inProgress + other.inProgress,
                complete + other.complete,
                dropped + other.dropped,
                red + other.red,
                amber + other.amber,
                green + other.green,
                overdue + other.overdue,
                latest);
    }

    /** Actions without a RAG rating. */
    public int unrated() {
        return actions - red - amber - green;
    }

    /**
     * Complete actions as a share of those still meant to happen (dropped ones do not count); empty when there
     * are none, which is not the same as none complete.
     */
    public Double shareComplete() {
        int live = actions - dropped;
        return live == 0 ? null : (double) complete / live;
    }

    /** Days since the latest update; empty when there has been none. */
    public Long daysSinceLastUpdate(LocalDate today) {
        return lastUpdate == null ? null : java.time.temporal.ChronoUnit.DAYS.between(lastUpdate, today);
    }

    private static int sum(
            Collection<RecommendationFigures> figures, java.util.function.ToIntFunction<RecommendationFigures> count) {
        return figures.stream().mapToInt(count).sum();
    }
}
