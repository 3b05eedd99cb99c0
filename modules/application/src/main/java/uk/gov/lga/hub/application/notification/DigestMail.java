package uk.gov.lga.hub.application.notification;

import java.util.List;
import uk.gov.lga.hub.domain.notification.Delivery;
import uk.gov.lga.hub.domain.notification.Notification;

/** A digest: the subjects of what waited, each with its link, in one plain mail. */
record DigestMail(String subject, String text, String html) {

    static DigestMail of(List<Notification> items, Delivery digest, NotificationSettings settings) {
        String period = digest == Delivery.WEEKLY_DIGEST ? "this week" : "today";
        String subject = "Peer Challenge Hub: " + items.size() + (items.size() == 1 ? " thing" : " things")
                + " to look at " + period;
        StringBuilder text = new StringBuilder("Here is what the Peer Challenge Hub has for you " + period + ":\n\n");
        StringBuilder html = new StringBuilder(ReminderMail.top(subject) + "<p>Here is what the Peer Challenge Hub has"
                + " for you " + period + ":</p><ul>");
        for (Notification n : items) {
            text.append("- ")
                    .append(n.subject())
                    .append("\n  ")
                    .append(n.link())
                    .append("\n");
            html.append("<li><a href=\"")
                    .append(ReminderMail.escape(n.link()))
                    .append("\" style=\"color: #1d70b8;\">")
                    .append(ReminderMail.escape(n.subject()))
                    .append("</a></li>");
        }
        String preferences = settings.link(ReminderMail.PREFERENCES);
        text.append("\nYou get this digest because you chose it. Change how often you hear from the Hub: ")
                .append(preferences)
                .append("\n\nPeer Challenge Hub, Local Government Association\n");
        html.append("</ul><p style=\"font-size: 16px;\">You get this digest because you chose it. <a href=\"")
                .append(ReminderMail.escape(preferences))
                .append("\" style=\"color: #1d70b8;\">Change how often you hear from the Hub</a>.</p></body></html>");
        return new DigestMail(subject, text.toString(), html.toString());
    }
}
