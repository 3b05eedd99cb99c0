package uk.gov.lga.hub.domain.reminder;

import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * When reminders go out, in days (configuration, {@code hub.notifications.*}): before a publication or the position
 * statement is due, before an action is due, how long after the visit a report may stay unissued, the month after
 * the visit by which the progress review should be scheduled, how early the council hears the review is coming, and
 * how late something may be before it is escalated to the LGA.
 */
public record ReminderThresholds(
        List<Integer> daysBeforePublication,
        int daysBeforeAction,
        int reportNotIssuedAfterDays,
        int reviewScheduledByMonth,
        int daysBeforeReview,
        int escalateAfterDaysLate) {

    public static final ReminderThresholds DEFAULT = new ReminderThresholds(List.of(30, 7, 1), 7, 28, 8, 30, 14);

    public ReminderThresholds {
        daysBeforePublication = daysBeforePublication.stream().sorted().toList();
        DomainRuleViolation.require(
                !daysBeforePublication.isEmpty()
                        && daysBeforePublication.get(0) >= 0
                        && daysBeforeAction >= 0
                        && reportNotIssuedAfterDays > 0
                        && reviewScheduledByMonth > 0
                        && daysBeforeReview >= 0
                        && escalateAfterDaysLate > 0,
                "reminder-thresholds-invalid",
                "Reminder thresholds are days (or months) that cannot be negative.");
    }

    /**
     * The reminder threshold reached with {@code daysLeft} to go: the nearest of the days before a publication
     * that is not less than what is left (so a job that missed a day still sends the one that is due), if any.
     */
    Integer publicationThreshold(long daysLeft) {
        return daysBeforePublication.stream()
                .filter(d -> daysLeft <= d)
                .findFirst()
                .orElse(null);
    }
}
