package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.gov.lga.hub.domain.notification.Delivery;

/**
 * What runs once a day, on a schedule or by the development trigger: the reminders, then the digests of those who
 * chose them (weekly ones on the weekly digest day, the day advisers get theirs).
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
    Clock clock;

    /** The day's reminders and how many digest mails went out. */
    public record Day(DailyReminders.Run run, int digests) {}

    public Day today() {
        return on(LocalDate.now(clock.withZone(DailyReminders.LONDON)));
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
