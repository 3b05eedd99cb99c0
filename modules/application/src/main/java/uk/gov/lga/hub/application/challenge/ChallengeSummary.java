package uk.gov.lga.hub.application.challenge;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.challenge.ChallengeKind;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;

public record ChallengeSummary(
        long id,
        String councilCode,
        String councilName,
        ChallengeKind kind,
        ChallengeStatus status,
        LocalDate onSiteStart,
        LocalDate onSiteEnd,
        int recommendationCount) {

    public static ChallengeSummary of(PeerChallenge challenge) {
        return new ChallengeSummary(
                challenge.id(),
                challenge.council().code(),
                challenge.council().name(),
                challenge.kind(),
                challenge.status(),
                challenge.visit().startDate(),
                challenge.visit().endDate(),
                challenge.recommendations().size());
    }
}
