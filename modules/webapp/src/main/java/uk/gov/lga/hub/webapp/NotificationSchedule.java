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
 * run once a day (weekly digests on Mondays). Every instance schedules both, so the work goes on while one is down.
 * The outbox's row locks share the sending out; the daily job runs on whichever instance claims the day first
 * ({@link DailyJob#todayOnce}). The others try again every hour that day, so a day whose runner died part-way is
 * taken over once its lease has passed.
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

    /** Who claims the day's run (scheduled_run.claimed_by): enough to find the instance's log. */
    private static final String INSTANCE = ProcessHandle.current().pid() + "@" + hostName();

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
                Duration.ofHours(1).toSeconds(),
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
        if (LocalTime.now(clock.withZone(DailyReminders.LONDON)).isBefore(LocalTime.parse(dailyAt))) {
            return; // the hourly retries of yesterday's run, before today's is due
        }
        try {
            job.todayOnce(INSTANCE)
                    .ifPresent(day -> LOG.info(() -> "Daily reminders for "
                            + day.run().day() + ": "
                            + day.run().added().size() + " added, "
                            + day.run().failures().size() + " councils to retry, " + day.digests() + " digests"));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "The daily reminders failed; another try within the hour", failed);
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException unnamed) {
            return "unknown-host";
        }
    }

    @PreDestroy
    void stop() {
        scheduled.forEach(f -> f.cancel(false));
    }
}
