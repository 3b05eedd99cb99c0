package uk.gov.lga.hub.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.IssuedChallenges;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Rag;

class PlanActionTest {

    private static final LocalDate JULY = LocalDate.of(2024, 7, 31);
    private static final Instant LATER = Instant.parse("2024-06-01T09:00:00Z");

    private final CouncilResponse response = IssuedChallenges.answer(IssuedChallenges.coventry2024(), 0);

    private PlanAction vision() {
        return response.addAction(
                new ActionDetails(
                        "Publish the City Centre Vision 2050",
                        "Andy Williams",
                        "Director of City Services",
                        JULY,
                        null,
                        null),
                "coventry-editor",
                IssuedChallenges.NOW);
    }

    @Test
    void aNewActionIsNotStartedAndItsFirstDueDateIsTheOriginal() {
        PlanAction action = vision();
        assertEquals(ActionStatus.NOT_STARTED, action.status());
        assertEquals(JULY, action.originalDue());
        assertEquals(1, action.listOrder());
        assertEquals(0, action.slippageDays());
    }

    @Test
    void movingTheDueDateWithoutAReasonIsRefusedAndChangesNothing() {
        PlanAction action = vision();
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> action.revise(details(LocalDate.of(2024, 9, 30)), " ", "coventry-editor", LATER));
        assertEquals("action-due-date-reason-required", refused.rule());
        assertTrue(refused.getMessage().contains("from 31 July 2024 to 30 September 2024"), refused.getMessage());
        assertEquals(JULY, action.due());
        assertTrue(action.dueDateChanges().isEmpty());
    }

    @Test
    void aMovedDueDateKeepsTheOriginalTheReasonAndShowsTheSlippage() {
        PlanAction action = vision();
        action.revise(details(LocalDate.of(2024, 9, 30)), "Consultation extended", "coventry-editor", LATER);
        action.revise(details(LocalDate.of(2024, 10, 31)), "Cabinet date moved", "coventry-editor", LATER);
        assertEquals(JULY, action.originalDue());
        assertEquals(LocalDate.of(2024, 10, 31), action.due());
        assertEquals(92, action.slippageDays());
        assertEquals(2, action.dueDateChanges().size());
        DueDateChange first = action.dueDateChanges().get(0);
        assertEquals(JULY, first.fromDue());
        assertEquals(LocalDate.of(2024, 9, 30), first.toDue());
        assertEquals("Consultation extended", first.reason());
    }

    @Test
    void theFirstDateGivenToAnUndatedActionNeedsNoReason() {
        PlanAction action = response.addAction(
                new ActionDetails("Keep listening to staff", null, null, null, null, null),
                "coventry-editor",
                IssuedChallenges.NOW);
        action.revise(details(JULY), null, "coventry-editor", LATER);
        assertEquals(JULY, action.originalDue());
        assertTrue(action.dueDateChanges().isEmpty());
    }

    @Test
    void anUpdateIsAddedAndMovesStatusAndRagWhenGiven() {
        PlanAction action = vision();
        action.recordUpdate(
                LocalDate.of(2024, 6, 10),
                "Consultation open.",
                ActionStatus.IN_PROGRESS,
                Rag.AMBER,
                "coventry-editor",
                LATER);
        action.recordUpdate(
                LocalDate.of(2024, 7, 20),
                "Adopted by Cabinet.",
                ActionStatus.COMPLETE,
                null,
                "coventry-editor",
                LATER);
        assertEquals(2, action.updates().size());
        assertEquals("Consultation open.", action.updates().get(0).narrative());
        assertEquals(ActionStatus.COMPLETE, action.status());
        assertEquals(Rag.AMBER, action.rag(), "an update without a RAG leaves it");
        assertEquals(LocalDate.of(2024, 7, 20), action.lastUpdatedOn().orElseThrow());
    }

    @Test
    void anUpdateNeedsWords() {
        PlanAction action = vision();
        assertThrows(
                DomainRuleViolation.class,
                () -> action.recordUpdate(LocalDate.of(2024, 6, 10), "", null, null, "coventry-editor", LATER));
        assertTrue(action.updates().isEmpty());
    }

    @Test
    void onlyOpenActionsPastTheirDateAreOverdue() {
        PlanAction action = vision();
        assertFalse(action.isOverdue(JULY), "due today is not overdue");
        assertTrue(action.isOverdue(JULY.plusDays(1)));
        action.recordUpdate(JULY, "Done.", ActionStatus.COMPLETE, Rag.GREEN, "coventry-editor", LATER);
        assertFalse(action.isOverdue(JULY.plusDays(1)));
    }

    private static ActionDetails details(LocalDate due) {
        return new ActionDetails(
                "Publish the City Centre Vision 2050", "Andy Williams", "Director of City Services", due, null, null);
    }
}
