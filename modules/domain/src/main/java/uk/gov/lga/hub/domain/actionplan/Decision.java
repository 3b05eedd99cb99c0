package uk.gov.lga.hub.domain.actionplan;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** The peer challenge manager's answer to a submitted action plan. */
public enum Decision {
    ACCEPTED,
    CHANGES_REQUESTED;

    /**
     * The manager's comment as it is kept (trimmed, null when blank). Asking for changes must say which: pages
     * check this before asking the manager to confirm, so the refusal comes before the confirmation.
     */
    public String comment(String typed) {
        String comment = typed == null || typed.isBlank() ? null : typed.strip();
        DomainRuleViolation.require(
                this == ACCEPTED || comment != null,
                "decision-comment-required",
                "Say what the council should change.");
        return comment;
    }
}
