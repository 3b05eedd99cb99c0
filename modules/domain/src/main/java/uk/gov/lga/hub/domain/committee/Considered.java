package uk.gov.lga.hub.domain.committee;

/** What a committee meeting considered. */
public enum Considered {
    FEEDBACK_REPORT,
    ACTION_PLAN,
    PROGRESS_REVIEW
}
