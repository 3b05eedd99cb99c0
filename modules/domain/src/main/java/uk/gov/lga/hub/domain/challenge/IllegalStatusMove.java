package uk.gov.lga.hub.domain.challenge;

import java.util.Set;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** A lifecycle move the table in {@link ChallengeStatus} does not allow. */
public class IllegalStatusMove extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    private final ChallengeStatus current;
    private final ChallengeStatus requested;

    public IllegalStatusMove(ChallengeStatus current, ChallengeStatus requested) {
        super(
                "status-move-not-allowed",
                "A challenge that is " + current + " cannot move to " + requested + "; allowed moves: "
                        + (current.allowedMoves().isEmpty() ? "none" : current.allowedMoves()) + ".");
        this.current = current;
        this.requested = requested;
    }

    public ChallengeStatus current() {
        return current;
    }

    public ChallengeStatus requested() {
        return requested;
    }

    public Set<ChallengeStatus> allowedMoves() {
        return current.allowedMoves();
    }
}
