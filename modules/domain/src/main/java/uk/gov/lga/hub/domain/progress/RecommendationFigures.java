package uk.gov.lga.hub.domain.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Counts for one key recommendation: its themes, whether the council has responded, its actions by status and
 * RAG, how many are overdue, and the day of the latest progress update. Counts only, never the council's words.
 */
public record RecommendationFigures(
        long recommendationId,
        long challengeId,
        List<String> themes,
        boolean responded,
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

    public static RecommendationFigures unanswered(long recommendationId, long challengeId, List<String> themes) {
        return new RecommendationFigures(recommendationId, challengeId, themes, false, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);
    }
}
