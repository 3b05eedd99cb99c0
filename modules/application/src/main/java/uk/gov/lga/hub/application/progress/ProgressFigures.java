package uk.gov.lga.hub.application.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;

/**
 * Where the dashboards' numbers come from (implemented in the persistence module): shared facts about
 * challenges, and counts per recommendation across the tenant wall. Empty council means every council.
 */
public interface ProgressFigures {

    /** Challenges whose feedback report has been issued, with their publications. */
    List<ChallengeFacts> challenges(Optional<String> councilCode);

    /** Every recommendation of those challenges, answered or not, with its themes and counts as of the day. */
    List<RecommendationFigures> recommendations(LocalDate asOf, Optional<String> councilCode);

    /** Progress updates written per council and month since the day. */
    List<MonthlyUpdates> monthlyUpdates(LocalDate since, Optional<String> councilCode);

    /** Every council with its type and region, including those that never had a challenge. */
    List<CouncilFacts> councils();

    record MonthlyUpdates(String councilCode, LocalDate month, int updates) {
    }

    record CouncilFacts(String code, String name, uk.gov.lga.hub.domain.council.CouncilType type,
                        uk.gov.lga.hub.domain.region.Region region) {
    }
}
