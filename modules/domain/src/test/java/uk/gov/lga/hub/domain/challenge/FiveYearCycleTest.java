package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FiveYearCycleTest {

    @Test
    void coventrysNextChallengeFallsDueFiveYearsAfterJanuary2024() {
        assertEquals(LocalDate.of(2029, 1, 18), FiveYearCycle.nextDue(LocalDate.of(2024, 1, 18)));
    }

    @Test
    void aLeapDayVisitFallsDueOnTheTwentyEighthOfFebruary() {
        assertEquals(LocalDate.of(2029, 2, 28), FiveYearCycle.nextDue(LocalDate.of(2024, 2, 29)));
    }

    @Test
    void isOverdueOnlyAfterTheDueDay() {
        LocalDate visitEnd = LocalDate.of(2018, 10, 12);
        assertFalse(FiveYearCycle.isOverdue(visitEnd, LocalDate.of(2023, 10, 12)));
        assertTrue(FiveYearCycle.isOverdue(visitEnd, LocalDate.of(2023, 10, 13)));
    }

    @Test
    void aCouncilStandsWhereItsLastAndNextChallengesPutIt() {
        java.util.Optional<LocalDate> none = java.util.Optional.empty();
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals(FiveYearCycle.Standing.NEVER, FiveYearCycle.standing(none, none, today));
        assertEquals(
                FiveYearCycle.Standing.NOT_DUE,
                FiveYearCycle.standing(java.util.Optional.of(LocalDate.of(2024, 1, 18)), none, today));
        assertEquals(
                FiveYearCycle.Standing.DUE_WITHIN_A_YEAR,
                FiveYearCycle.standing(java.util.Optional.of(LocalDate.of(2022, 3, 1)), none, today));
        assertEquals(
                FiveYearCycle.Standing.OVERDUE,
                FiveYearCycle.standing(java.util.Optional.of(LocalDate.of(2018, 10, 12)), none, today));
        assertEquals(
                FiveYearCycle.Standing.PLANNED,
                FiveYearCycle.standing(
                        java.util.Optional.of(LocalDate.of(2018, 10, 12)),
                        java.util.Optional.of(LocalDate.of(2027, 2, 1)),
                        today));
    }

    @Test
    void aProposalDatedBeforeTheLastVisitPlansNothing() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        var visits = java.util.List.of(
                new FiveYearCycle.Visit(
                        ChallengeStatus.PROGRESS_REVIEW_PUBLISHED,
                        LocalDate.of(2024, 1, 15),
                        LocalDate.of(2024, 1, 18)),
                new FiveYearCycle.Visit(ChallengeStatus.PROPOSED, LocalDate.of(2012, 3, 5), LocalDate.of(2012, 3, 8)));
        assertEquals(
                FiveYearCycle.Standing.NOT_DUE,
                FiveYearCycle.position(visits, today).standing());
        var planned = java.util.List.of(
                visits.get(0),
                new FiveYearCycle.Visit(ChallengeStatus.PROPOSED, LocalDate.of(2028, 3, 6), LocalDate.of(2028, 3, 9)));
        assertEquals(
                FiveYearCycle.Standing.PLANNED,
                FiveYearCycle.position(planned, today).standing());
    }
}
