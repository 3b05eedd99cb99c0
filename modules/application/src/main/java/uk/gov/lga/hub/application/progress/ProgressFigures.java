package uk.gov.lga.hub.application.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * Where the dashboards' numbers come from (implemented in the persistence module): shared facts about
 * challenges, and counts per recommendation across the tenant wall, for one council, a region or everyone.
 */
public interface ProgressFigures {

    /** Whose figures: one council, one region, or (both empty) every council. */
    record Scope(Optional<String> councilCode, Optional<uk.gov.lga.hub.domain.region.Region> region) {

        public static final Scope EVERYONE = new Scope(Optional.empty(), Optional.empty());

        public static Scope council(String code) {
            return new Scope(Optional.of(code), Optional.empty());
        }

        public static Scope of(Optional<uk.gov.lga.hub.domain.region.Region> region) {
            return new Scope(Optional.empty(), region);
        }
    }

    /** Challenges whose feedback report has been issued, with their publications. */
    List<ChallengeFacts> challenges(Scope scope);

    /** Every recommendation of those challenges, answered or not, with its themes and counts as of the day. */
    List<RecommendationFigures> recommendations(LocalDate asOf, Scope scope);

    /** Progress updates written per council and month since the day. */
    List<MonthlyUpdates> monthlyUpdates(LocalDate since, Scope scope);

    /** Each recommendation both the council and its peers rated at a progress review: the two ratings only. */
    List<RatingPair> selfRatings(Scope scope);

    /** Every council with its type and region, including those that never had a challenge. */
    List<CouncilFacts> councils();

    record RatingPair(String councilCode, long challengeId, Rag council, Rag peers) {}

    record MonthlyUpdates(String councilCode, LocalDate month, int updates) {}

    record CouncilFacts(
            String code,
            String name,
            uk.gov.lga.hub.domain.council.CouncilType type,
            uk.gov.lga.hub.domain.region.Region region) {}
}
