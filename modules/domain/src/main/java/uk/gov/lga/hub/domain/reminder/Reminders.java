package uk.gov.lga.hub.domain.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.PublicationKind;

/**
 * What is coming up and what is late for one challenge on a given day, and who should hear of it. Pure: the daily
 * job, its tests and any page can ask it about any day. Each answer names the threshold it has reached, so asking
 * again the next day gives the same reminder (which is never sent twice) until the next threshold is reached.
 */
public final class Reminders {

    public static final String OVERDUE = "overdue";
    public static final String ESCALATED = "escalated";

    private Reminders() {}

    public static List<Reminder> due(ChallengeClocks clocks, LocalDate today, ReminderThresholds thresholds) {
        if (clocks.finished()) {
            return List.of();
        }
        List<Reminder> due = new ArrayList<>();
        new Day(clocks, today, thresholds, due).all();
        return List.copyOf(due);
    }

    /** One challenge on one day: each rule adds what it finds. */
    private record Day(ChallengeClocks c, LocalDate today, ReminderThresholds t, List<Reminder> out) {

        void all() {
            positionStatement();
            reportNotIssued();
            c.deadlines().forEach(this::publication);
            reviewNotScheduled();
            reviewComing();
            c.actions().forEach(this::action);
        }

        void positionStatement() {
            if (c.positionStatementDue() == null || c.positionStatementSubmitted() || !c.visitAhead()) {
                return;
            }
            clock(
                    ReminderKind.POSITION_STATEMENT_DUE,
                    ReminderKind.POSITION_STATEMENT_OVERDUE,
                    "challenge-" + c.challengeId() + "/position-statement",
                    "position statement",
                    c.positionStatementDue(),
                    EnumSet.of(Audience.COUNCIL_EDITORS),
                    null);
        }

        void reportNotIssued() {
            if (c.reportIssued() || c.visitAhead()) {
                return;
            }
            long since = ChronoUnit.DAYS.between(c.visitEnd(), today);
            if (since >= t.reportNotIssuedAfterDays()) {
                add(
                        ReminderKind.REPORT_NOT_ISSUED,
                        "challenge-" + c.challengeId() + "/report",
                        "feedback report",
                        c.visitEnd().plusDays(t.reportNotIssuedAfterDays()),
                        "after-" + t.reportNotIssuedAfterDays() + "-days",
                        EnumSet.of(Audience.MANAGER),
                        null,
                        0);
            }
        }

        /**
         * A publication the council makes: reminders before it is due once it can be made (the report issued, the
         * review held), then overdue (the manager too), then escalated, whether or not it could be made.
         */
        void publication(Deadline deadline) {
            if (deadline.done() != null || deadline.status() == Deadline.Status.NOT_RECORDED) {
                return;
            }
            boolean possible = deadline.kind() == PublicationKind.PROGRESS_REVIEW_REPORT
                    ? c.reviewHeld() != null
                    : c.reportIssued();
            boolean late = today.isAfter(deadline.due());
            if (!late && !possible) {
                return;
            }
            clock(
                    ReminderKind.PUBLICATION_DUE,
                    ReminderKind.PUBLICATION_OVERDUE,
                    "challenge-" + c.challengeId() + "/" + deadline.kind(),
                    deadline.kind().name(),
                    deadline.due(),
                    EnumSet.of(Audience.COUNCIL_EDITORS),
                    null,
                    Audience.MANAGER);
        }

        void reviewNotScheduled() {
            if (!c.reportIssued() || c.reviewPlanned() != null || c.reviewHeld() != null) {
                return;
            }
            LocalDate by = c.visitEnd().plusMonths(t.reviewScheduledByMonth());
            if (!today.isBefore(by)) {
                add(
                        ReminderKind.PROGRESS_REVIEW_NOT_SCHEDULED,
                        "challenge-" + c.challengeId() + "/progress-review-schedule",
                        "progress review",
                        by,
                        "month-" + t.reviewScheduledByMonth(),
                        EnumSet.of(Audience.MANAGER),
                        null,
                        0);
            }
        }

        void reviewComing() {
            if (c.reviewPlanned() == null || c.reviewHeld() != null || today.isAfter(c.reviewPlanned())) {
                return;
            }
            long left = ChronoUnit.DAYS.between(today, c.reviewPlanned());
            if (left <= t.daysBeforeReview()) {
                add(
                        ReminderKind.PROGRESS_REVIEW_COMING,
                        "challenge-" + c.challengeId() + "/progress-review",
                        "progress review",
                        c.reviewPlanned(),
                        "due-in-" + t.daysBeforeReview(),
                        EnumSet.of(Audience.COUNCIL_EDITORS),
                        null,
                        0);
            }
        }

        /** An action reaches its owner when it has one who signs in, else the council's editors. */
        void action(ChallengeClocks.ActionClock action) {
            if (action.done() || action.due() == null) {
                return;
            }
            Set<Audience> who =
                    action.owner() == null ? EnumSet.of(Audience.COUNCIL_EDITORS) : EnumSet.of(Audience.ACTION_OWNER);
            String subject = "action-" + action.actionId();
            long left = ChronoUnit.DAYS.between(today, action.due());
            if (left >= 0) {
                if (left <= t.daysBeforeAction()) {
                    add(
                            ReminderKind.ACTION_DUE,
                            subject,
                            action.description(),
                            action.due(),
                            "due-in-" + t.daysBeforeAction(),
                            who,
                            action.owner(),
                            0);
                }
                return;
            }
            late(ReminderKind.ACTION_OVERDUE, subject, action.description(), action.due(), who, action.owner());
        }

        /** Before the date: the threshold reached, if any; after it: overdue, then escalated. */
        void clock(
                ReminderKind before,
                ReminderKind after,
                String subject,
                String detail,
                LocalDate date,
                Set<Audience> who,
                String owner,
                Audience... alsoWhenLate) {
            long left = ChronoUnit.DAYS.between(today, date);
            if (left >= 0) {
                Integer threshold = t.publicationThreshold(left);
                if (threshold != null) {
                    add(before, subject, detail, date, "due-in-" + threshold, who, owner, 0);
                }
                return;
            }
            Set<Audience> late = EnumSet.copyOf(who);
            late.addAll(List.of(alsoWhenLate));
            late(after, subject, detail, date, late, owner);
        }

        /**
         * Overdue to those who act; more than the escalation threshold late, to the manager and adviser as well, until
         * the progress review report is out: after it the plan is the council's own business, not the LGA's.
         */
        void late(ReminderKind kind, String subject, String detail, LocalDate date, Set<Audience> who, String owner) {
            long daysLate = ChronoUnit.DAYS.between(date, today);
            if (daysLate > t.escalateAfterDaysLate() && !c.reviewPublished()) {
                Set<Audience> escalated = EnumSet.copyOf(who);
                escalated.add(Audience.MANAGER);
                escalated.add(Audience.ADVISER);
                add(kind, subject, detail, date, ESCALATED, escalated, owner, daysLate);
            } else {
                add(kind, subject, detail, date, OVERDUE, who, owner, daysLate);
            }
        }

        void add(
                ReminderKind kind,
                String subject,
                String detail,
                LocalDate date,
                String threshold,
                Set<Audience> who,
                String owner,
                long daysLate) {
            out.add(new Reminder(
                    kind,
                    c.challengeId(),
                    subject,
                    detail,
                    date,
                    threshold,
                    Set.copyOf(who),
                    owner,
                    recommendationOf(subject),
                    daysLate));
        }

        /** The recommendation an action answers, for links to it; 0 for what is not an action. */
        long recommendationOf(String subject) {
            return c.actions().stream()
                    .filter(a -> subject.equals("action-" + a.actionId()))
                    .mapToLong(ChallengeClocks.ActionClock::recommendationId)
                    .findFirst()
                    .orElse(0);
        }
    }
}
