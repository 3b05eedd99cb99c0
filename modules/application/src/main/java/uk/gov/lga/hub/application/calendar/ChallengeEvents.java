package uk.gov.lga.hub.application.calendar;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.ProgressReview;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.shared.HumanDate;

/**
 * A challenge's dates as calendar events: the on-site visit (one all-day event over its days), each publication
 * deadline as the domain's {@link Deadline} states it, the progress review and the due date of each action of the
 * council's plan. Nothing is computed here that the domain already says.
 */
public final class ChallengeEvents {

    private static final int LONGEST_ACTION_TEXT = 120;

    private ChallengeEvents() {}

    public static List<CalendarEvent> of(
            PeerChallenge challenge, List<Deadline> deadlines, List<PlanAction> actions, CalendarLinks links) {
        long id = challenge.id();
        String council = challenge.council().name();
        URI page = links.challenge(id);
        List<CalendarEvent> events = new ArrayList<>();
        events.add(new CalendarEvent(
                "challenge-" + id + "-visit" + CalendarEvent.UID_DOMAIN,
                challenge.visit().startDate(),
                challenge.visit().endDate(),
                council + ": peer challenge on-site visit",
                "The peer team is on site for " + challenge.visit().days() + " days. Status: "
                        + words(challenge.status()) + "." + open(page),
                page));
        for (Deadline deadline : deadlines) {
            events.add(CalendarEvent.oneDay(
                    "challenge-" + id + "-" + slug(deadline.kind()) + "-due" + CalendarEvent.UID_DOMAIN,
                    deadline.due(),
                    council + ": " + words(deadline.kind()) + " to be published",
                    standing(deadline) + open(page),
                    page));
        }
        challenge.progressReview().ifPresent(review -> events.add(review(id, council, review, page)));
        URI plan = links.plan(id);
        for (PlanAction action : actions) {
            if (action.due() != null) {
                events.add(CalendarEvent.oneDay(
                        "action-" + action.id() + "-due" + CalendarEvent.UID_DOMAIN,
                        action.due(),
                        council + ": action due: " + shortened(action.description()),
                        "Status: " + words(action.status())
                                + (action.ownerName() == null ? "" : ". Owner: " + action.ownerName()) + "."
                                + open(plan),
                        plan));
            }
        }
        return events;
    }

    private static CalendarEvent review(long id, String council, ProgressReview review, URI page) {
        boolean held = review.heldDate() != null;
        return CalendarEvent.oneDay(
                "challenge-" + id + "-progress-review" + CalendarEvent.UID_DOMAIN,
                held ? review.heldDate() : review.plannedDate(),
                council + ": progress review" + (held ? " (held)" : ""),
                (held ? "The peers' return visit took place." : "The peers' return visit, as planned.") + open(page),
                page);
    }

    /** What the deadline's status means, in the words the pages use. */
    static String standing(Deadline deadline) {
        String due = "Due " + HumanDate.of(deadline.due())
                + (deadline.latest().equals(deadline.due()) ? "" : ", at the latest " + HumanDate.of(deadline.latest()))
                + ". ";
        return due
                + switch (deadline.status()) {
                    case UPCOMING -> "Not yet published.";
                    case PAST_TARGET -> "Past its target, not yet published.";
                    case OVERDUE -> "Overdue by " + deadline.daysLate() + " days.";
                    case MET -> "Published on " + HumanDate.of(deadline.done()) + ".";
                    case MET_LATE ->
                        "Published on " + HumanDate.of(deadline.done()) + ", " + deadline.daysLate() + " days late.";
                    case NOT_RECORDED -> "No publication was recorded.";
                };
    }

    private static String open(URI page) {
        return "\nOpen: " + page;
    }

    private static String shortened(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= LONGEST_ACTION_TEXT ? line : line.substring(0, LONGEST_ACTION_TEXT - 1) + "…";
    }

    private static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String words(Enum<?> value) {
        String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
