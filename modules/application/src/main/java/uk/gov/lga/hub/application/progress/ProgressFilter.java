package uk.gov.lga.hub.application.progress;

import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;

/**
 * Narrows a dashboard: to one type of council, to visits in one year, and to recommendations on one theme.
 * Any part may be empty (null).
 */
public record ProgressFilter(CouncilType councilType, Integer visitYear, String theme) {

    public static final ProgressFilter NONE = new ProgressFilter(null, null, null);

    public boolean admits(ChallengeFacts challenge) {
        return (councilType == null || challenge.councilType() == councilType)
                && (visitYear == null || challenge.onSiteStart().getYear() == visitYear);
    }

    public boolean admits(RecommendationFigures recommendation) {
        return theme == null || recommendation.themes().contains(theme);
    }
}
