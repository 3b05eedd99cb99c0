package uk.gov.lga.hub.domain.reminder;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PublicationKind;
import uk.gov.lga.hub.domain.challenge.PublicationRules;

/**
 * The dates of one challenge that reminders are about, as they stood on a given day: from the same functions the
 * pages use (publication rules, progress review window), with what the challenge records as done later than that
 * day counted as not done yet. So a day of a past cycle (Coventry's 2024) gives the reminders that were due then.
 *
 * @param finished closed or cancelled: nothing is due any more
 * @param visitAhead the peers had not yet arrived
 * @param reportIssued the feedback report had been issued to the council
 * @param reviewPublished the progress review report had been published: the LGA's part of the cycle is over
 */
public record ChallengeClocks(
        long challengeId,
        boolean finished,
        boolean visitAhead,
        boolean reportIssued,
        boolean reviewPublished,
        LocalDate visitStart,
        LocalDate visitEnd,
        LocalDate positionStatementDue,
        boolean positionStatementSubmitted,
        LocalDate reviewPlanned,
        LocalDate reviewHeld,
        List<uk.gov.lga.hub.domain.challenge.Deadline> deadlines,
        List<ActionClock> actions) {

    /** An action of the council's plan with its due date; done ones are never due. */
    public record ActionClock(
            long actionId, long recommendationId, String description, LocalDate due, boolean done, String owner) {}

    public ChallengeClocks {
        deadlines = List.copyOf(deadlines);
        actions = List.copyOf(actions);
    }

    public static ChallengeClocks of(
            PeerChallenge challenge,
            PublicationRules rules,
            LocalDate day,
            boolean positionStatementSubmitted,
            List<ActionClock> actions) {
        Map<PublicationKind, LocalDate> published = new EnumMap<>(PublicationKind.class);
        challenge.publications().stream()
                .filter(p -> !p.publishedOn().isAfter(day))
                .forEach(p -> published.put(p.kind(), p.publishedOn()));
        LocalDate issued = challenge.report().issuedOn();
        LocalDate held = challenge.progressReview().map(r -> r.heldDate()).orElse(null);
        return new ChallengeClocks(
                challenge.id(),
                challenge.status().finished(),
                challenge.status().visitAhead()
                        || day.isBefore(challenge.visit().startDate()),
                challenge.status().reportIssued() && issued != null && !issued.isAfter(day),
                published.containsKey(PublicationKind.PROGRESS_REVIEW_REPORT),
                challenge.visit().startDate(),
                challenge.visit().endDate(),
                challenge.positionStatementDue(),
                positionStatementSubmitted,
                challenge.progressReview().map(r -> r.plannedDate()).orElse(null),
                held == null || held.isAfter(day) ? null : held,
                rules.deadlines(challenge.status(), challenge.visit().endDate(), published, day),
                actions);
    }
}
