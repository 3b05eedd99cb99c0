package uk.gov.lga.hub.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.Arrays;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.domain.reminder.ReminderThresholds;

/** The reminders' thresholds and where links in mail lead, from configuration (docs/operations.md). */
@ApplicationScoped
public class NotificationSettings {

    @Inject
    @ConfigProperty(name = "hub.notifications.days-before-publication", defaultValue = "30,7,1")
    String daysBeforePublication;

    @Inject
    @ConfigProperty(name = "hub.notifications.days-before-action", defaultValue = "7")
    int daysBeforeAction;

    @Inject
    @ConfigProperty(name = "hub.notifications.report-not-issued-after-days", defaultValue = "28")
    int reportNotIssuedAfterDays;

    @Inject
    @ConfigProperty(name = "hub.notifications.review-scheduled-by-month", defaultValue = "8")
    int reviewScheduledByMonth;

    @Inject
    @ConfigProperty(name = "hub.notifications.days-before-review", defaultValue = "30")
    int daysBeforeReview;

    @Inject
    @ConfigProperty(name = "hub.notifications.escalate-after-days-late", defaultValue = "14")
    int escalateAfterDaysLate;

    /** The day of the week principal advisers get their region's digest. */
    @Inject
    @ConfigProperty(name = "hub.notifications.adviser-digest-day", defaultValue = "MONDAY")
    String adviserDigestDay;

    /** The wait before mail that could not be sent is tried again; it doubles with each attempt, up to an hour. */
    @Inject
    @ConfigProperty(name = "hub.notifications.first-retry-seconds", defaultValue = "60")
    int firstRetrySeconds;

    /** The address people reach the Hub at, for the links in mail. */
    @Inject
    @ConfigProperty(name = "hub.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public DayOfWeek adviserDigestDay() {
        return DayOfWeek.valueOf(adviserDigestDay.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public Duration firstRetry() {
        return Duration.ofSeconds(firstRetrySeconds);
    }

    public ReminderThresholds thresholds() {
        return new ReminderThresholds(
                Arrays.stream(daysBeforePublication.split(","))
                        .map(String::strip)
                        .map(Integer::valueOf)
                        .toList(),
                daysBeforeAction,
                reportNotIssuedAfterDays,
                reviewScheduledByMonth,
                daysBeforeReview,
                escalateAfterDaysLate);
    }

    /** The absolute address of a page of the Hub, e.g. {@code app/plan/index.xhtml?id=2}. */
    public String link(String page) {
        return (publicUrl.endsWith("/") ? publicUrl : publicUrl + "/") + page;
    }
}
