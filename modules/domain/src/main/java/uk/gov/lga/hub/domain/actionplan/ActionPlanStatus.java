package uk.gov.lga.hub.domain.actionplan;

/** Where the council's action plan stands with the LGA. */
public enum ActionPlanStatus {
    /** Being written; never submitted. */
    DRAFT,
    /** Submitted; the peer challenge manager has not decided yet. */
    SUBMITTED,
    ACCEPTED,
    CHANGES_REQUESTED
}
