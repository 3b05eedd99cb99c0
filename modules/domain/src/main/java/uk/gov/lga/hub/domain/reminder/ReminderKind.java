package uk.gov.lga.hub.domain.reminder;

/**
 * What a reminder is about. Overdue ones are urgent (sent at once, whatever a person's digest preference);
 * an escalated one can never be switched off by the LGA staff it reaches.
 */
public enum ReminderKind {
    PUBLICATION_DUE(false),
    PUBLICATION_OVERDUE(true),
    ACTION_DUE(false),
    ACTION_OVERDUE(true),
    POSITION_STATEMENT_DUE(false),
    POSITION_STATEMENT_OVERDUE(true),
    PROGRESS_REVIEW_COMING(false),
    REPORT_NOT_ISSUED(false),
    PROGRESS_REVIEW_NOT_SCHEDULED(false);

    private final boolean urgent;

    ReminderKind(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }
}
