package uk.gov.lga.hub.domain.challenge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

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

    /**
     * The lifecycle's tables, in a class of their own: static fields of the enum itself would be read as more
     * states by the OpenAPI scanner.
     */
    private static final class Lifecycle {

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

        /** Moves that need nothing but the decision; the others are steps that take what they need (ChallengeStep). */
        private static final Set<ChallengeStatus> PLAIN_TARGETS =
                EnumSet.of(SCHEDULED, POSTPONED, ON_SITE, REPORT_DRAFTING, CANCELLED, CLOSED);
    }

    public Set<ChallengeStatus> allowedMoves() {
        return Collections.unmodifiableSet(Lifecycle.MOVES.get(this));
    }

    public boolean canMoveTo(ChallengeStatus next) {
        return Lifecycle.MOVES.get(this).contains(next);
    }

    /** The one guard of the lifecycle: refuses any move the table above does not allow from here. */
    public void requireMoveTo(ChallengeStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalStatusMove(this, next);
        }
    }

    /** The allowed moves that need nothing but the decision, in lifecycle order. */
    public Set<ChallengeStatus> plainMoves() {
        Set<ChallengeStatus> plain = EnumSet.copyOf(Lifecycle.PLAIN_TARGETS);
        plain.retainAll(Lifecycle.MOVES.get(this));
        return Collections.unmodifiableSet(plain);
    }

    public static boolean isPlainMove(ChallengeStatus next) {
        return Lifecycle.PLAIN_TARGETS.contains(next);
    }

    /** Refuses a move to here unless it needs nothing but the decision; the others are steps taking details. */
    public void requirePlainMove() {
        DomainRuleViolation.require(
                isPlainMove(this),
                "move-needs-details",
                switch (this) {
                    case REPORT_ISSUED -> "Issuing the report needs its issue date: issue the report.";
                    case PUBLISHED -> "Publishing needs the date and public address: record the report's publication.";
                    case PROGRESS_REVIEW_SCHEDULED -> "Scheduling the progress review needs its date.";
                    case PROGRESS_REVIEW_HELD -> "Recording the progress review needs its date, peers and feedback.";
                    default -> "Publishing the progress review report needs its date and public address.";
                });
    }

    /** The peers have not yet arrived: the visit may still be moved. */
    public boolean visitAhead() {
        return this == PROPOSED || this == SCHEDULED || this == POSTPONED;
    }

    /** Closed or cancelled: nothing about the challenge changes any more. */
    public boolean finished() {
        return this == CLOSED || this == CANCELLED;
    }

    /** The report may still be written and its recommendations changed. */
    public boolean reportDraft() {
        return !reportIssued() && this != CANCELLED;
    }

    /** Issued and not yet held: the progress review may be planned or moved. */
    public boolean progressReviewSchedulable() {
        return this == REPORT_ISSUED || this == PUBLISHED || this == PROGRESS_REVIEW_SCHEDULED;
    }

    /** The report has been issued to the council: recommendations are fixed from here on. */
    public boolean reportIssued() {
        return compareTo(REPORT_ISSUED) >= 0 && this != CANCELLED;
    }

    /** The feedback report is public from here on. */
    public boolean reportPublished() {
        return compareTo(PUBLISHED) >= 0 && this != CANCELLED;
    }

    /**
     * The council may record and revise its own rating of each recommendation: from the report's issue until the
     * progress review's report is published. From then on the council's view is part of a public report.
     */
    public boolean selfAssessmentOpen() {
        return reportIssued() && compareTo(PROGRESS_REVIEW_PUBLISHED) < 0;
    }
}
