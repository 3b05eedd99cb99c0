package uk.gov.lga.hub.domain.challenge;

/** What a council publishes after a challenge, each on its own clock. */
public enum PublicationKind {
    FEEDBACK_REPORT, ACTION_PLAN, PROGRESS_REVIEW_REPORT
}
