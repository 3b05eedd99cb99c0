package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusualDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final UnusualDates ASKING = UnusualDates.askingOn(TODAY);

    private static OnSiteVisit visit(LocalDate start, int days) {
        return new OnSiteVisit(start, start.plusDays(days - 1L));
    }

    @Test
    void aFourDayVisitNextYearIsUnremarkable() {
        assertEquals(List.of(), ASKING.ofVisit(visit(LocalDate.of(2027, 3, 8), 4)));
    }

    @Test
    void aVisitStartingBeforeTodayIsInThePast() {
        List<String> reasons = ASKING.ofVisit(visit(LocalDate.of(2026, 11, 23), 4));
        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).contains("23 November 2026, which is in the past"), reasons.get(0));
        assertEquals(List.of(), ASKING.ofVisit(visit(TODAY, 4)), "starting today is not the past");
    }

    @Test
    void visitsOfTwoToFiveDaysAreLikelyAndOthersAreNot() {
        LocalDate start = LocalDate.of(2027, 3, 8);
        assertEquals(1, ASKING.ofVisit(visit(start, 1)).size());
        assertEquals(List.of(), ASKING.ofVisit(visit(start, 2)));
        assertEquals(List.of(), ASKING.ofVisit(visit(start, 5)));
        assertTrue(ASKING.ofVisit(visit(start, 6)).get(0).contains("6 days"));
    }

    @Test
    void aPastAndOverlongVisitGivesBothReasons() {
        assertEquals(2, ASKING.ofVisit(visit(LocalDate.of(2025, 3, 3), 7)).size());
    }

    @Test
    void aProgressReviewWithinSixMonthsOfTheVisitIsUnlikely() {
        OnSiteVisit visit = visit(LocalDate.of(2027, 3, 8), 4); // ends 11 March 2027
        assertTrue(ASKING.ofProgressReview(visit, LocalDate.of(2027, 4, 1))
                .get(0)
                .contains("less than six months after the visit"));
        assertEquals(
                1, ASKING.ofProgressReview(visit, LocalDate.of(2027, 9, 10)).size());
        assertEquals(List.of(), ASKING.ofProgressReview(visit, LocalDate.of(2027, 9, 11)));
        assertEquals(List.of(), ASKING.ofProgressReview(visit, LocalDate.of(2028, 1, 11)));
    }

    @Test
    void unusualDatesAreRefusedUntilConfirmedAndThenAccepted() {
        OnSiteVisit past = visit(LocalDate.of(2025, 3, 3), 4);
        UnconfirmedDates refused = assertThrows(UnconfirmedDates.class, () -> ASKING.requireConfirmedVisit(past));
        assertEquals(UnconfirmedDates.RULE, refused.rule());
        assertEquals(ASKING.ofVisit(past), refused.reasons());
        assertDoesNotThrow(() -> UnusualDates.confirmedOn(TODAY).requireConfirmedVisit(past));
    }

    @Test
    void aScheduledReviewTooSoonNeedsConfirmationButTheTwelveMonthLimitIsNeverWaived() {
        PeerChallenge challenge = ChallengeFixtures.issued();
        LocalDate soon = challenge.visit().endDate().plusWeeks(3);
        assertThrows(UnconfirmedDates.class, () -> challenge.scheduleProgressReview(soon, ASKING));
        challenge.scheduleProgressReview(soon, UnusualDates.confirmedOn(TODAY));
        assertEquals(soon, challenge.progressReview().orElseThrow().plannedDate());
        LocalDate tooLate = challenge.visit().endDate().plusMonths(13);
        assertThrows(
                uk.gov.lga.hub.domain.shared.DomainRuleViolation.class,
                () -> challenge.scheduleProgressReview(tooLate, UnusualDates.confirmedOn(TODAY)));
    }
}
