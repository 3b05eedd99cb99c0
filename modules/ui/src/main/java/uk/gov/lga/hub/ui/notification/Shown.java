package uk.gov.lga.hub.ui.notification;

import uk.gov.lga.hub.application.notification.NotificationCentre.Item;

/**
 * One notification as a row of the centre: its title without the "Overdue: " or "Escalated: " the mail's subject
 * starts with, because the tag beside it says so already, and that tag with its colour.
 */
public record Shown(Item item, String title, String tag, String tagColour) {

    static final String ESCALATED = "Escalated: ";
    static final String OVERDUE = "Overdue: ";

    public static Shown of(Item item) {
        String subject = item.subject();
        if (item.urgent() && subject.startsWith(ESCALATED)) {
            return new Shown(item, subject.substring(ESCALATED.length()), "Escalated", "govuk-tag--red");
        }
        if (item.urgent()) {
            String title = subject.startsWith(OVERDUE) ? subject.substring(OVERDUE.length()) : subject;
            return new Shown(item, title, "Overdue", "govuk-tag--orange");
        }
        return new Shown(item, subject, null, null);
    }

    public boolean isDone() {
        return item.doneAt() != null;
    }
}
