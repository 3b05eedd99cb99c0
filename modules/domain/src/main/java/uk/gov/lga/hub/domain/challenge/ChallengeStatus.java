package uk.gov.lga.hub.domain.challenge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a peer challenge is in its life, and the moves allowed from each state.
 * The table below is the single statement of the lifecycle: everything else asks it.
 */
public enum ChallengeStatus {
    PROPOSED,
    SCHEDULED,
    POSTPONED,
    ON_SITE,
    REPORT_DRAFTING,
    REPORT_ISSUED,
    PUBLISHED,
    PROGRESS_REVIEW_SCHEDULED,
    PROGRESS_REVIEW_HELD,
    PROGRESS_REVIEW_PUBLISHED,
    CLOSED,
    CANCELLED;

    private static final Map<ChallengeStatus, Set<ChallengeStatus>> MOVES = new EnumMap<>(ChallengeStatus.class);

    static {
        MOVES.put(PROPOSED, EnumSet.of(SCHEDULED, CANCELLED));
        MOVES.put(SCHEDULED, EnumSet.of(ON_SITE, POSTPONED, CANCELLED));
        MOVES.put(POSTPONED, EnumSet.of(SCHEDULED, CANCELLED));
        MOVES.put(ON_SITE, EnumSet.of(REPORT_DRAFTING));
        MOVES.put(REPORT_DRAFTING, EnumSet.of(REPORT_ISSUED));
        MOVES.put(REPORT_ISSUED, EnumSet.of(PUBLISHED));
        // Challenges from before progress reviews were routine may close once published.
        MOVES.put(PUBLISHED, EnumSet.of(PROGRESS_REVIEW_SCHEDULED, CLOSED));
        MOVES.put(PROGRESS_REVIEW_SCHEDULED, EnumSet.of(PROGRESS_REVIEW_HELD));
        MOVES.put(PROGRESS_REVIEW_HELD, EnumSet.of(PROGRESS_REVIEW_PUBLISHED));
        MOVES.put(PROGRESS_REVIEW_PUBLISHED, EnumSet.of(CLOSED));
        MOVES.put(CLOSED, EnumSet.noneOf(ChallengeStatus.class));
        MOVES.put(CANCELLED, EnumSet.noneOf(ChallengeStatus.class));
    }

    public Set<ChallengeStatus> allowedMoves() {
        return Collections.unmodifiableSet(MOVES.get(this));
    }

    public boolean canMoveTo(ChallengeStatus next) {
        return MOVES.get(this).contains(next);
    }

    /** The report has been issued to the council: recommendations are fixed from here on. */
    public boolean reportIssued() {
        return compareTo(REPORT_ISSUED) >= 0 && this != CANCELLED;
    }

    /** The feedback report is public from here on. */
    public boolean reportPublished() {
        return compareTo(PUBLISHED) >= 0 && this != CANCELLED;
    }
}
