package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class OnSiteVisitTest {

    @Test
    void coventrys2024VisitLastedFourUsualDays() {
        OnSiteVisit visit = new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 18));
        assertEquals(4, visit.days());
        assertTrue(visit.isUsualLength());
    }

    @Test
    void aVisitEndingBeforeItStartsIsRefused() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> new OnSiteVisit(LocalDate.of(2024, 1, 18), LocalDate.of(2024, 1, 15)));
        assertEquals("visit-end-before-start", refused.rule());
    }

    @Test
    void aOneDayOrASixDayVisitIsAllowedButUnusual() {
        assertFalse(new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 15)).isUsualLength());
        assertFalse(new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 20)).isUsualLength());
        assertTrue(new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 16)).isUsualLength());
        assertTrue(new OnSiteVisit(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 19)).isUsualLength());
    }
}
