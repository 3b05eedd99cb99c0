package uk.gov.lga.hub.webapp;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.notification.DailyJob;
import uk.gov.lga.hub.application.notification.DailyReminders;
import uk.gov.lga.hub.application.notification.OutboxSender;

/**
 * When the reminders run on each instance: the outbox is delivered every few seconds, the daily job and the digests
 * run once a day (weekly digests on Mondays). Every instance runs them: the outbox's unique keys and row locks make
 * that safe, and keep mail flowing when one instance is down.
 */
@ApplicationScoped
public class NotificationSchedule {

    private static final Logger LOG = Logger.getLogger(NotificationSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    DailyJob job;

    @Inject
    OutboxSender sender;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "hub.notifications.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "hub.notifications.send-every-seconds", defaultValue = "10")
    int sendEverySeconds;

    @Inject
    @ConfigProperty(name = "hub.notifications.daily-at", defaultValue = "06:00")
    String dailyAt;

    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();

    /** After ApplicationStartup (the schema must exist before the first delivery). */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (!enabled) {
            LOG.info("Notifications are switched off (hub.notifications.enabled=false)");
            return;
        }
        scheduled.add(
                executor.scheduleWithFixedDelay(this::deliver, sendEverySeconds, sendEverySeconds, TimeUnit.SECONDS));
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DailyReminders.LONDON));
        ZonedDateTime next = now.with(LocalTime.parse(dailyAt));
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        scheduled.add(executor.scheduleAtFixedRate(
                this::daily,
                Duration.between(now, next).toSeconds(),
                Duration.ofDays(1).toSeconds(),
                TimeUnit.SECONDS));
    }

    private void deliver() {
        try {
            while (sender.deliverDue().more()) {
                // another full batch is waiting
            }
        } catch (RuntimeException failed) {
            // The database away: the next round tries again; nothing is lost.
            LOG.log(Level.WARNING, "Delivering notifications failed; retrying next round", failed);
        }
    }

    private void daily() {
        try {
            DailyJob.Day day = job.today();
            LOG.info(() -> "Daily reminders for " + day.run().day() + ": "
                    + day.run().added().size() + " added, "
                    + day.run().failures().size() + " councils to retry, " + day.digests() + " digests");
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The daily reminders failed; they run again tomorrow", failed);
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(f -> f.cancel(false));
    }
}
