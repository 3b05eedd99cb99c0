package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import uk.gov.lga.hub.domain.notification.Delivery;

/**
 * What runs once a day, on a schedule or by the development trigger: the reminders, then the digests of those who
 * chose them (weekly ones on the weekly digest day, the day advisers get theirs). On a schedule it runs once across
 * the instances ({@link #todayOnce}); the development trigger runs whatever day it is asked to, as often as asked.
 */
@ApplicationScoped
public class DailyJob {

    @Inject
    DailyReminders reminders;

    @Inject
    OutboxSender sender;

    @Inject
    NotificationSettings settings;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    static final String JOB = "daily-reminders";

    /**
     * How long a claimed day is left to the instance that claimed it before another may take it over: far longer
     * than a run takes (a few seconds per hundred councils), so only a runner that died loses it.
     */
    static final Duration LEASE = Duration.ofMinutes(30);

    /** The day's reminders and how many digest mails went out. */
    public record Day(DailyReminders.Run run, int digests) {}

    public Day today() {
        return on(LocalDate.now(clock.withZone(DailyReminders.LONDON)));
    }

    /** Today's run if this instance claimed it; empty when another instance has it, or has done it. */
    public Optional<Day> todayOnce(String instance) {
        LocalDate day = LocalDate.now(clock.withZone(DailyReminders.LONDON));
        if (!runs.claim(JOB, day, instance, LEASE)) {
            return Optional.empty();
        }
        Day done = on(day);
        // Not reached when the run fails as a whole: another instance takes the day over once the lease has passed.
        runs.finish(JOB, day, instance);
        return Optional.of(done);
    }

    public Day on(LocalDate day) {
        DailyReminders.Run run = reminders.on(day);
        int digests = sender.sendDigests(Delivery.DAILY_DIGEST);
        if (day.getDayOfWeek() == settings.adviserDigestDay()) {
            digests += sender.sendDigests(Delivery.WEEKLY_DIGEST);
        }
        return new Day(run, digests);
    }
}
