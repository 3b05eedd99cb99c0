package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.challenge.PublicationRules;
import uk.gov.lga.hub.domain.council.Council;
import uk.gov.lga.hub.domain.council.CouncilRepository;
import uk.gov.lga.hub.domain.notification.Notification;
import uk.gov.lga.hub.domain.notification.NotificationRepository;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.reminder.ChallengeClocks;
import uk.gov.lga.hub.domain.reminder.Reminder;
import uk.gov.lga.hub.domain.reminder.ReminderThresholds;
import uk.gov.lga.hub.domain.reminder.Reminders;
import uk.gov.lga.hub.domain.response.OwnerKind;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.PlanActionRepository;

/**
 * The daily job: for each council, in a transaction bound to that council, works out from the domain's reminders
 * what is due and late, finds the people it is for and records one notification per person in the outbox, once
 * (the same decision made again, by a second run or a second instance, adds nothing). The sender mails them.
 */
@ApplicationScoped
public class DailyReminders {

    /** The LGA's deadlines are days in England. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final int DAYS_IN_A_WEEK = 7;

    @Inject
    CouncilRepository councils;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    PlanActionRepository actions;

    @Inject
    ActionPlanRepository plans;

    @Inject
    NotificationRepository notifications;

    @Inject
    Recipients recipients;

    @Inject
    NotificationSettings settings;

    @Inject
    PublicationRules rules;

    @Inject
    CouncilDataScope scope;

    @Inject
    AdviserDigests digests;

    @Inject
    Clock clock;

    /**
     * One notification the run added: to whom, about which council (a region's code for a digest) and challenge
     * (none for a digest), and how it is delivered.
     */
    public record Added(
            String recipient, String council, Long challenge, String kind, String subject, String delivery) {}

    /** What a run added, and the councils it could not finish (tried again, without duplicates, next run). */
    public record Run(LocalDate day, List<Added> added, List<String> failures) {}

    public Run today() {
        return on(LocalDate.now(clock.withZone(LONDON)));
    }

    public Run on(LocalDate day) {
        ReminderThresholds thresholds = settings.thresholds();
        Recipients.Lookup lookup = recipients.lookup();
        List<Added> added = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<Region, List<String>> becameOverdue = new EnumMap<>(Region.class);
        for (Council council : councils.findAll()) {
            try {
                List<String> overdue = new ArrayList<>();
                added.addAll(scope.call(
                        Tenant.reminders(council.code()), () -> decide(council, day, thresholds, lookup, overdue)));
                becameOverdue
                        .computeIfAbsent(council.region(), r -> new ArrayList<>())
                        .addAll(overdue);
            } catch (RuntimeException failed) {
                // One council's failure (the sign-in service away) must not stop the others'.
                failures.add(council.code() + ": " + failed.getMessage());
            }
        }
        if (day.getDayOfWeek() == settings.adviserDigestDay()) {
            try {
                added.addAll(digests.weekly(day, becameOverdue));
            } catch (RuntimeException failed) {
                failures.add("advisers' digests: " + failed.getMessage());
            }
        }
        return new Run(day, added, failures);
    }

    /** Decides one council's notifications; what became overdue in the last week goes to its adviser's digest. */
    private List<Added> decide(
            Council of, LocalDate day, ReminderThresholds thresholds, Recipients.Lookup lookup, List<String> overdue) {
        String council = of.code();
        List<Added> added = new ArrayList<>();
        for (PeerChallenge challenge : challenges.findByCouncilCode(council)) {
            if (challenge.status().finished()) {
                continue;
            }
            ChallengeClocks clocks =
                    ChallengeClocks.of(challenge, rules, day, statementSubmitted(challenge), open(challenge));
            for (Reminder reminder : Reminders.due(clocks, day, thresholds)) {
                if (reminder.urgent() && reminder.daysLate() <= DAYS_IN_A_WEEK) {
                    overdue.add(of.name() + ": " + ReminderMail.what(reminder, challenge));
                }
                for (Recipient to : lookup.of(reminder, challenge)) {
                    Notification notification = new Notification(
                            new Notification.Decided(
                                    String.join(
                                            "|",
                                            to.username(),
                                            reminder.subject(),
                                            reminder.date().toString(),
                                            reminder.threshold()),
                                    to.username(),
                                    to.email(),
                                    council,
                                    challenge.id(),
                                    null,
                                    reminder.kind().name(),
                                    reminder.urgent(),
                                    ReminderMail.of(reminder, challenge, to, settings),
                                    notifications.frequencyOf(to.username()).deliveryOf(reminder.urgent())),
                            clock.instant());
                    if (notifications.addOnce(notification)) {
                        added.add(new Added(
                                to.username(),
                                council,
                                challenge.id(),
                                reminder.kind().name(),
                                notification.subject(),
                                notification.delivery().name()));
                    }
                }
            }
        }
        return added;
    }

    private boolean statementSubmitted(PeerChallenge challenge) {
        return plans.positionStatementOf(challenge.id())
                .map(s -> s.status() == PositionStatement.Status.SUBMITTED)
                .orElse(false);
    }

    private List<ChallengeClocks.ActionClock> open(PeerChallenge challenge) {
        return actions.findByChallenge(challenge.id()).stream()
                .map(DailyReminders::clockOf)
                .toList();
    }

    private static ChallengeClocks.ActionClock clockOf(PlanAction action) {
        String owner = action.owner()
                .filter(o -> o.kind() == OwnerKind.USER)
                .map(o -> o.username())
                .orElse(null);
        return new ChallengeClocks.ActionClock(
                action.id(),
                action.response().recommendation().id(),
                action.description(),
                action.due(),
                !action.status().isOpen(),
                owner);
    }
}
