package uk.gov.lga.hub.domain.reminder;

import java.time.LocalDate;
import java.util.Set;

/**
 * One thing the Hub tells people about a challenge: what ({@code kind}), about which thing ({@code subject}, a
 * stable key such as {@code challenge-12/ACTION_PLAN} or {@code action-77}), its date, which threshold it has
 * reached ({@code due-in-7}, {@code overdue}, {@code escalated}), and for whom. The same subject, date and
 * threshold never reach the same person twice, however often the job runs.
 *
 * @param detail what the reminder names (the publication's kind, the action's description)
 * @param owner the action owner's sign-in name, for {@link Audience#ACTION_OWNER}
 * @param recommendationId the recommendation an action answers (0 for what is not an action)
 * @param daysLate how late it is (0 when not yet due)
 */
public record Reminder(
        ReminderKind kind,
        long challengeId,
        String subject,
        String detail,
        LocalDate date,
        String threshold,
        Set<Audience> audience,
        String owner,
        long recommendationId,
        long daysLate) {

    public boolean urgent() {
        return kind.urgent();
    }

    /** Late by more than the escalation threshold: the manager and the region's adviser hear of it too. */
    public boolean escalated() {
        return Reminders.ESCALATED.equals(threshold);
    }
}
