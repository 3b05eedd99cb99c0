package uk.gov.lga.hub.domain.challenge.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class WorkspaceWindowTest {

    private static final WorkspaceWindow SIX_WEEKS_THREE_MONTHS = new WorkspaceWindow(6, 3);
    private static final LocalDate VISIT = LocalDate.of(2026, 3, 2);
    private static final LocalDate ISSUED = LocalDate.of(2026, 4, 20);

    private static LocalDate today(String day) {
        Clock fixed = Clock.fixed(LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return LocalDate.now(fixed);
    }

    private static WorkspaceState on(String day, LocalDate issued) {
        return SIX_WEEKS_THREE_MONTHS.stateOn(VISIT, issued, today(day));
    }

    @Test
    void opensTheSetNumberOfWeeksBeforeTheVisit() {
        assertEquals(LocalDate.of(2026, 1, 19), SIX_WEEKS_THREE_MONTHS.opensOn(VISIT));
        assertEquals(WorkspaceState.OPENS_LATER, on("2026-01-18", null));
        assertEquals(WorkspaceState.OPEN, on("2026-01-19", null));
    }

    @Test
    void staysOpenThroughAndAfterTheVisitUntilTheReportIsIssued() {
        assertEquals(WorkspaceState.OPEN, on("2026-03-04", null));
        assertEquals(WorkspaceState.OPEN, on("2027-01-01", null), "a report not yet issued keeps it open");
        assertEquals(WorkspaceState.OPEN, on("2026-04-19", ISSUED));
    }

    @Test
    void turnsReadOnlyOnTheDayTheReportIsIssuedAndClosesTheSetMonthsAfter() {
        assertEquals(WorkspaceState.READ_ONLY, on("2026-04-20", ISSUED));
        assertEquals(WorkspaceState.READ_ONLY, on("2026-07-19", ISSUED));
        assertEquals(
                LocalDate.of(2026, 7, 20),
                SIX_WEEKS_THREE_MONTHS.closesOn(ISSUED).orElseThrow());
        assertEquals(WorkspaceState.CLOSED, on("2026-07-20", ISSUED));
        assertTrue(SIX_WEEKS_THREE_MONTHS.closesOn(null).isEmpty());
    }

    @Test
    void onlyTheOpenWorkspaceTakesNotesAndOnlyOpenOrReadOnlyIsShown() {
        assertTrue(WorkspaceState.OPEN.writable());
        assertFalse(WorkspaceState.READ_ONLY.writable());
        assertTrue(WorkspaceState.READ_ONLY.readable());
        assertFalse(WorkspaceState.OPENS_LATER.readable());
        assertFalse(WorkspaceState.CLOSED.readable());
    }

    @Test
    void aNegativeWindowIsRefused() {
        assertThrows(DomainRuleViolation.class, () -> new WorkspaceWindow(-1, 3));
    }
}
