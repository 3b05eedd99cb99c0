package uk.gov.lga.hub.application.notification;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.application.progress.Dashboard;
import uk.gov.lga.hub.domain.notification.Notification.Message;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.HumanDate;

/** The words of an adviser's weekly digest: the councils most behind first, then what became overdue. */
final class RegionDigestMail {

    static final int MOST_BEHIND = 5;

    private RegionDigestMail() {}

    static Message of(
            Region region,
            LocalDate day,
            Dashboard dashboard,
            List<String> becameOverdue,
            Member adviser,
            NotificationSettings settings) {
        String subject = region.displayName() + ", week to " + HumanDate.of(day) + ": "
                + (becameOverdue.isEmpty() ? "nothing" : becameOverdue.size()) + " newly overdue";
        List<String> behind = dashboard.councils().stream()
                .filter(c -> c.latest() != null)
                .limit(MOST_BEHIND)
                .map(c -> c.name() + ": " + c.latest().counts().overdue() + " overdue actions, "
                        + (c.latest().daysSinceLastUpdate() == null
                                ? "no update yet"
                                : c.latest().daysSinceLastUpdate() + " days since an update")
                        + ", progress review "
                        + c.latest().progressReview().name().toLowerCase().replace('_', ' '))
                .toList();
        String link = settings.link("app/adviser/dashboard.xhtml?region=" + region.code());
        String name = adviser.firstName() == null ? adviser.username() : adviser.firstName();
        StringBuilder text = new StringBuilder(
                "Dear " + name + ",\n\nWho is behind in " + region.displayName() + ", most behind first:\n");
        StringBuilder html = new StringBuilder(ReminderMail.top(subject) + "<p>Dear " + ReminderMail.escape(name)
                + ",</p><h2>Who is behind in " + ReminderMail.escape(region.displayName()) + "</h2><ol>");
        list(behind.isEmpty() ? List.of("No council in the region has a challenge yet.") : behind, text, html, "ol");
        text.append("\nWhat became overdue this week:\n");
        html.append("<h2>What became overdue this week</h2><ul>");
        list(becameOverdue.isEmpty() ? List.of("Nothing.") : becameOverdue, text, html, "ul");
        String preferences = settings.link(ReminderMail.PREFERENCES);
        text.append("\nThe region's dashboard: ")
                .append(link)
                .append("\n\nYou are getting this because you are the LGA's principal adviser for ")
                .append(region.displayName())
                .append(". Choose how often you hear from the Hub: ")
                .append(preferences)
                .append("\n\nPeer Challenge Hub, Local Government Association\n");
        html.append("<p><a href=\"")
                .append(ReminderMail.escape(link))
                .append("\" style=\"color: #1d70b8;\">The region's dashboard</a></p><p style=\"font-size: 16px;\">You"
                        + " are getting this because you are the LGA's principal adviser for ")
                .append(ReminderMail.escape(region.displayName()))
                .append(". <a href=\"")
                .append(ReminderMail.escape(preferences))
                .append("\" style=\"color: #1d70b8;\">Choose how often you hear from the Hub</a>.</p></body></html>");
        return new Message(subject, text.toString(), html.toString(), link);
    }

    private static void list(List<String> lines, StringBuilder text, StringBuilder html, String tag) {
        for (String line : lines) {
            text.append("- ").append(line).append('\n');
            html.append("<li>").append(ReminderMail.escape(line)).append("</li>");
        }
        html.append("</").append(tag).append('>');
    }
}
