package uk.gov.lga.hub.domain.progress;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.ProgressReview;

/** Where a challenge's progress review stands. */
public enum ReviewStanding {
    NOT_SCHEDULED,
    SCHEDULED,
    HELD,
    OVERDUE;

    /** A challenge that has ended owes no review: closing or cancelling it settles the matter. */
    private static final Set<ChallengeStatus> ENDED = EnumSet.of(ChallengeStatus.CLOSED, ChallengeStatus.CANCELLED);

    /**
     * Held when held; overdue once twelve months after the visit pass without it, unless the challenge is closed
     * or cancelled; else scheduled or not.
     */
    public static ReviewStanding of(
            ChallengeStatus status, LocalDate visitEnd, LocalDate planned, LocalDate held, LocalDate today) {
        if (held != null) {
            return HELD;
        }
        if (!ENDED.contains(status) && today.isAfter(visitEnd.plusMonths(ProgressReview.LATEST_MONTHS_AFTER_VISIT))) {
            return OVERDUE;
        }
        return planned != null ? SCHEDULED : NOT_SCHEDULED;
    }
}
