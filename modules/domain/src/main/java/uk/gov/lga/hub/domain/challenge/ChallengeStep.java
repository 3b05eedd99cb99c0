package uk.gov.lga.hub.domain.challenge;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * What a peer challenge manager may do with a challenge besides a plain move, and in which states. The aggregate
 * checks each of its changes here, and the read model lists the steps allowed now, so pages offer exactly what the
 * aggregate will accept.
 */
public enum ChallengeStep {
    MOVE_VISIT(ChallengeStatus::visitAhead, "visit-already-started", "The visit can only be moved before it starts"),
    CHANGE_TEAM(s -> !s.finished(), "challenge-finished", "The team can no longer change"),
    CHANGE_REPORT(
            ChallengeStatus::reportDraft,
            "report-already-issued",
            "The report and its recommendations can only change while it is a draft"),
    ISSUE_REPORT(ChallengeStatus.REPORT_ISSUED),
    RECORD_PUBLICATION(
            s -> s.reportIssued(),
            "report-not-issued",
            "Nothing of a challenge is published before its report is issued"),
    SCHEDULE_PROGRESS_REVIEW(
            ChallengeStatus::progressReviewSchedulable,
            "progress-review-not-schedulable",
            "A progress review is scheduled once the report is issued and before it is held"),
    RECORD_PROGRESS_REVIEW(ChallengeStatus.PROGRESS_REVIEW_HELD);

    private final Predicate<ChallengeStatus> allowedIn;
    private final ChallengeStatus target;
    private final String rule;
    private final String refusal;

    ChallengeStep(Predicate<ChallengeStatus> allowedIn, String rule, String refusal) {
        this.allowedIn = allowedIn;
        this.target = null;
        this.rule = rule;
        this.refusal = refusal;
    }

    /** A step that is itself a move of the lifecycle, allowed wherever that move is. */
    ChallengeStep(ChallengeStatus target) {
        this.allowedIn = status -> status.canMoveTo(target);
        this.target = target;
        this.rule = null;
        this.refusal = null;
    }

    public boolean allowedIn(ChallengeStatus status) {
        return allowedIn.test(status);
    }

    /** Refuses the step unless the status allows it, naming the status the challenge is in. */
    public void requireAllowedIn(ChallengeStatus status) {
        if (target != null) {
            status.requireMoveTo(target);
        } else {
            DomainRuleViolation.require(allowedIn(status), rule, refusal + "; this challenge is " + status + ".");
        }
    }

    public static Set<ChallengeStep> allowedNow(ChallengeStatus status) {
        Set<ChallengeStep> allowed = EnumSet.noneOf(ChallengeStep.class);
        for (ChallengeStep step : values()) {
            if (step.allowedIn(status)) {
                allowed.add(step);
            }
        }
        return allowed;
    }
}
