package uk.gov.lga.hub.domain.challenge;

import java.util.Optional;

/** What a council publishes after a challenge, each on its own clock. */
public enum PublicationKind {
    FEEDBACK_REPORT(ChallengeStatus.PUBLISHED),
    ACTION_PLAN(null),
    PROGRESS_REVIEW_REPORT(ChallengeStatus.PROGRESS_REVIEW_PUBLISHED);

    private final ChallengeStatus movesTo;

    PublicationKind(ChallengeStatus movesTo) {
        this.movesTo = movesTo;
    }

    /** Publishing the two reports moves the challenge on; the action plan has a clock but no state of its own. */
    public Optional<ChallengeStatus> movesChallengeTo() {
        return Optional.ofNullable(movesTo);
    }
}
