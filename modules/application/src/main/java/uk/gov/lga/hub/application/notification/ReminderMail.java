package uk.gov.lga.hub.application.notification;

import java.util.Map;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.notification.Notification.Message;
import uk.gov.lga.hub.domain.reminder.Audience;
import uk.gov.lga.hub.domain.reminder.Reminder;
import uk.gov.lga.hub.domain.shared.HumanDate;

/**
 * The words of a reminder for one person, GOV.UK style: a subject that says what and when, the page to act on, why
 * they got it and where to choose how often they hear. Plain text and the same in plain, accessible HTML.
 */
final class ReminderMail {

    static final String PREFERENCES = "app/notifications/index.xhtml#preferences";

    private static final Map<String, String> PUBLICATIONS = Map.of(
            "FEEDBACK_REPORT", "feedback report",
            "ACTION_PLAN", "action plan",
            "PROGRESS_REVIEW_REPORT", "progress review report");

    private ReminderMail() {}

    static Message of(Reminder r, PeerChallenge challenge, Recipient to, NotificationSettings settings) {
        String council = challenge.council().name();
        String what = what(r, challenge);
        String subject = (r.escalated() ? "Escalated: " : r.urgent() ? "Overdue: " : "") + what;
        String link = settings.link(page(r, challenge, to));
        String why = why(to, council, challenge);
        String preferences = settings.link(PREFERENCES);
        String text = "Dear " + to.name() + ",\n\n"
                + what + ".\n\n"
                + (r.escalated()
                        ? "This has been escalated to the LGA because it is more than two weeks late.\n\n"
                        : "")
                + "Go to the page: " + link + "\n\n"
                + "You are getting this because " + why + ". Choose how often you hear from the Hub: " + preferences
                + "\n\nPeer Challenge Hub, Local Government Association\n";
        String html = top(subject) + "<p>Dear " + escape(to.name()) + ",</p><p><strong>"
                + escape(what) + ".</strong></p>"
                + (r.escalated()
                        ? "<p>This has been escalated to the LGA because it is more than two weeks late.</p>"
                        : "")
                + "<p><a href=\"" + escape(link) + "\" style=\"color: #1d70b8;\">Go to the page</a></p>"
                + "<p style=\"font-size: 16px;\">You are getting this because " + escape(why) + ". <a href=\""
                + escape(preferences) + "\" style=\"color: #1d70b8;\">Choose how often you hear from the Hub</a>.</p>"
                + "<p style=\"font-size: 16px;\">Peer Challenge Hub, Local Government Association</p></body></html>";
        return new Message(subject, text, html, link);
    }

    /** What the reminder says, in one sentence (also a line of an adviser's weekly digest). */
    static String what(Reminder r, PeerChallenge challenge) {
        String council = challenge.council().name();
        String date = HumanDate.of(r.date());
        String thing = PUBLICATIONS.getOrDefault(r.detail(), r.detail());
        String late = r.daysLate() == 1 ? "1 day late" : r.daysLate() + " days late";
        return switch (r.kind()) {
            case PUBLICATION_DUE -> council + "'s " + thing + " is due to be published by " + date;
            case PUBLICATION_OVERDUE -> council + "'s " + thing + " was due to be published by " + date + ": " + late;
            case ACTION_DUE -> "Action due on " + date + ": " + r.detail();
            case ACTION_OVERDUE -> "Action overdue since " + date + " (" + late + "): " + r.detail();
            case POSITION_STATEMENT_DUE -> council + "'s position statement is due by " + date;
            case POSITION_STATEMENT_OVERDUE -> council + "'s position statement was due by " + date + ": " + late;
            case PROGRESS_REVIEW_COMING -> council + "'s progress review is planned for " + date;
            case REPORT_NOT_ISSUED -> council + "'s feedback report is not issued yet (due to be by " + date + ")";
            case PROGRESS_REVIEW_NOT_SCHEDULED -> council + "'s progress review should have been scheduled by " + date;
        };
    }

    /** The page where the person can act on it. */
    private static String page(Reminder r, PeerChallenge challenge, Recipient to) {
        long id = challenge.id();
        boolean council = to.as().contains(Audience.COUNCIL_EDITORS) || to.as().contains(Audience.ACTION_OWNER);
        if (!council) {
            return to.as().contains(Audience.MANAGER)
                    ? "app/challenges/challenge.xhtml?id=" + id
                    : "app/adviser/council.xhtml?code=" + challenge.council().code();
        }
        if (r.subject().startsWith("action-")) {
            return "app/plan/recommendation.xhtml?challenge=" + id + "&id=" + r.recommendationId();
        }
        return r.subject().endsWith("/position-statement")
                ? "app/plan/position-statement.xhtml?id=" + id
                : "app/plan/index.xhtml?id=" + id;
    }

    private static String why(Recipient to, String council, PeerChallenge challenge) {
        Audience first = to.as().iterator().next();
        return switch (first) {
            case ACTION_OWNER -> "you own this action in " + council + "'s action plan";
            case COUNCIL_EDITORS -> "you can change " + council + "'s records in the Peer Challenge Hub";
            case MANAGER -> "you are the LGA's peer challenge manager for " + council + "'s peer challenge";
            case ADVISER ->
                "you are the LGA's principal adviser for "
                        + challenge.council().region().displayName();
        };
    }

    /** The start of every mail's HTML up to its body: plain GOV.UK style, readable without the Hub's styles. */
    static String top(String subject) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body style=\"font-family: Arial, sans-serif; font-size: 19px; line-height: 1.3;"
                + " color: #0b0c0c; max-width: 580px;\">";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
