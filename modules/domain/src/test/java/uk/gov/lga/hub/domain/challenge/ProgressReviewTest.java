package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class ProgressReviewTest {

    private static OnSiteVisit visitEnding(int year, int month, int day) {
        LocalDate end = LocalDate.of(year, month, day);
        return new OnSiteVisit(end.minusDays(3), end);
    }

    @Test
    void isProposedTenMonthsAfterTheLastOnSiteDay() {
        assertEquals(LocalDate.of(2024, 11, 18), ProgressReview.proposedDate(visitEnding(2024, 1, 18)));
    }

    @Test
    void aVisitEndingOnTheThirtyFirstGivesADateThatExists() {
        assertEquals(LocalDate.of(2024, 11, 30), ProgressReview.proposedDate(visitEnding(2024, 1, 31)));
    }

    @Test
    void monthEndsLandOnTheLeapDayInALeapYear() {
        assertEquals(LocalDate.of(2024, 2, 29), ProgressReview.proposedDate(visitEnding(2023, 4, 30)));
        assertEquals(LocalDate.of(2023, 2, 28), ProgressReview.proposedDate(visitEnding(2022, 4, 30)));
    }

    @Test
    void aVisitEndingOnALeapDayHasItsTwelveMonthLimitOnTheTwentyEighth() {
        assertEquals(LocalDate.of(2025, 2, 28), ProgressReview.latestDate(visitEnding(2024, 2, 29)));
    }

    @Test
    void canBePlannedOnTheLastDayOfTheTwelveMonths() {
        ProgressReview review = ProgressReview.plannedFor(visitEnding(2024, 1, 18), LocalDate.of(2025, 1, 18));
        assertEquals(LocalDate.of(2025, 1, 18), review.plannedDate());
    }

    @Test
    void isNeverPlannedBeyondTwelveMonths() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> ProgressReview.plannedFor(visitEnding(2024, 1, 18), LocalDate.of(2025, 1, 19)));
        assertEquals("progress-review-beyond-twelve-months", refused.rule());
    }

    @Test
    void isNeverPlannedBeforeTheVisitHasEnded() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> ProgressReview.plannedFor(visitEnding(2024, 1, 18), LocalDate.of(2024, 1, 18)));
        assertEquals("progress-review-before-visit-end", refused.rule());
    }

    @Test
    void recordsTheDayItWasHeldBesideThePlannedDay() {
        OnSiteVisit visit = visitEnding(2024, 1, 18);
        ProgressReview held =
                ProgressReview.plannedFor(visit, LocalDate.of(2024, 11, 18)).heldOn(visit, LocalDate.of(2024, 11, 26));
        assertEquals(LocalDate.of(2024, 11, 18), held.plannedDate());
        assertEquals(LocalDate.of(2024, 11, 26), held.heldDate());
    }
}
