package uk.gov.lga.hub.domain.progress;

import java.time.LocalDate;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.region.Region;

/** The shared facts about one challenge that its progress measures need (LGA records, no council data). */
public record ChallengeFacts(
        long challengeId,
        String councilCode,
        String councilName,
        CouncilType councilType,
        Region region,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        ChallengeStatus status,
        LocalDate progressReviewPlanned,
        LocalDate progressReviewHeld,
        Map<PublicationKind, LocalDate> published) {

    public FiveYearCycle.Visit visit() {
        return new FiveYearCycle.Visit(status, onSiteStart, onSiteEnd);
    }
}
