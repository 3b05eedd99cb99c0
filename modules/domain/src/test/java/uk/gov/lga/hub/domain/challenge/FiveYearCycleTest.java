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
}
