package uk.gov.lga.hub.domain.actionplan;

/** The peer challenge manager's answer to a submitted action plan. */
public enum Decision {
    ACCEPTED,
    CHANGES_REQUESTED
}
