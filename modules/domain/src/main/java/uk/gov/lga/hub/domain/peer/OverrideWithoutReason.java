package uk.gov.lga.hub.domain.peer;

import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** An override of conflicts of interest that gives no reason: the request is incomplete (400). */
public class OverrideWithoutReason extends DomainRuleViolation {

    private static final long serialVersionUID = 1L;

    public OverrideWithoutReason() {
        super("conflict-override-reason-required", "An override of a conflict of interest needs its reason.");
    }
}
