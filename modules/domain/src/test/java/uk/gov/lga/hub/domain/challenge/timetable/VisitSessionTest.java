package uk.gov.lga.hub.domain.challenge.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeFixtures;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** The fixture's visit runs from 15 to 18 January 2024. */
class VisitSessionTest {

    private static final PeerChallenge CHALLENGE = ChallengeFixtures.proposed();

    static VisitSession session(PeerChallenge challenge, LocalDateTime start, int peopleMet) {
        return new VisitSession(
                challenge,
                SessionKind.FOCUS_GROUP,
                start,
                start.plusHours(1),
                "Council House",
                "Ward members",
                peopleMet);
    }

    private static String refusal(LocalDateTime start, LocalDateTime end, String place, int people) {
        return assertThrows(
                        DomainRuleViolation.class,
                        () -> new VisitSession(CHALLENGE, SessionKind.INTERVIEW, start, end, place, "Leader", people))
                .rule();
    }

    @Test
    void aSessionOnTheFirstAndLastOnSiteDayIsKeptAsGiven() {
        LocalDateTime first = LocalDateTime.of(2024, 1, 15, 9, 0);
        VisitSession session = session(CHALLENGE, first, 12);
        assertEquals(first, session.startsAt());
        assertEquals(12, session.peopleMet());
        assertEquals("Council House", session.place());
        assertEquals(
                LocalDateTime.of(2024, 1, 18, 17, 0),
                session(CHALLENGE, LocalDateTime.of(2024, 1, 18, 16, 0), 1).endsAt());
    }

    @Test
    void aSessionBeforeOrAfterTheOnSiteDaysIsRefused() {
        assertEquals(
                "session-outside-visit",
                refusal(LocalDateTime.of(2024, 1, 14, 9, 0), LocalDateTime.of(2024, 1, 14, 10, 0), "Hall", 1));
        assertEquals(
                "session-outside-visit",
                refusal(LocalDateTime.of(2024, 1, 18, 23, 0), LocalDateTime.of(2024, 1, 19, 1, 0), "Hall", 1));
    }

    @Test
    void aSessionMustEndAfterItStartsHaveAPlaceAndNoNegativeCount() {
        LocalDateTime nine = LocalDateTime.of(2024, 1, 16, 9, 0);
        assertEquals("session-ends-before-start", refusal(nine, nine, "Hall", 1));
        assertEquals("session-place-required", refusal(nine, nine.plusHours(1), " ", 1));
        assertEquals("session-people-met-negative", refusal(nine, nine.plusHours(1), "Hall", -1));
    }
}
