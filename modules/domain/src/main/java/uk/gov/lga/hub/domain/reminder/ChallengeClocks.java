package uk.gov.lga.hub.domain.reminder;

import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.Deadline;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PublicationRules;

/**
 * The dates of one challenge that reminders are about, from the same functions the pages use (publication rules,
 * progress review window), and its open actions, as plain facts.
 */
public record ChallengeClocks(
        long challengeId,
        ChallengeStatus status,
        LocalDate visitStart,
        LocalDate visitEnd,
        LocalDate positionStatementDue,
        boolean positionStatementSubmitted,
        LocalDate reviewPlanned,
        LocalDate reviewHeld,
        List<Deadline> deadlines,
        List<ActionClock> actions) {

    /** An action of the council's plan with its due date; done ones are never due. */
    public record ActionClock(long actionId, String description, LocalDate due, boolean done, String owner) {}

    public ChallengeClocks {
        deadlines = List.copyOf(deadlines);
        actions = List.copyOf(actions);
    }

    public static ChallengeClocks of(
            PeerChallenge challenge,
            PublicationRules rules,
            LocalDate today,
            boolean positionStatementSubmitted,
            List<ActionClock> actions) {
        return new ChallengeClocks(
                challenge.id(),
                challenge.status(),
                challenge.visit().startDate(),
                challenge.visit().endDate(),
                challenge.positionStatementDue(),
                positionStatementSubmitted,
                challenge.progressReview().map(r -> r.plannedDate()).orElse(null),
                challenge.progressReview().map(r -> r.heldDate()).orElse(null),
                challenge.deadlines(rules, today),
                actions);
    }
}
