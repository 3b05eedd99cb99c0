package uk.gov.lga.hub.domain.response;

/** Where an action in the council's action plan stands. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETE,
    DROPPED;

    /** Complete and dropped actions are no longer expected to happen, so they are never overdue. */
    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
