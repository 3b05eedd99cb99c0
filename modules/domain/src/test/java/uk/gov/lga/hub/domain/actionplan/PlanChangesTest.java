package uk.gov.lga.hub.domain.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.ActionStatus;

class PlanChangesTest {

    private static final PlanContent.Action SURVEY = new PlanContent.Action(
            12, "Run a staff pulse survey", null, null, LocalDate.of(2024, 10, 31), ActionStatus.NOT_STARTED);

    @Test
    void anIdenticalPlanHasNoChanges() {
        assertTrue(PlanChanges.between(Plans.answered(), Plans.answered()).isEmpty());
    }

    @Test
    void aChangedResponseIsShownWithItsTextBeforeAndAfter() {
        PlanChanges changes =
                PlanChanges.between(Plans.answered(), Plans.withFirst("We accept it, with dates.", Plans.WORKSHOPS));

        assertEquals(1, changes.recommendations().size(), "only the recommendation that changed");
        PlanChanges.ChangedRecommendation first = changes.recommendations().get(0);
        assertEquals("2.1", first.number());
        assertEquals("City Centre masterplan", first.title());
        assertEquals(
                List.of(new PlanChanges.Change("Response text changed", "We accept it.", "We accept it, with dates.")),
                first.changes());
    }

    @Test
    void addedAndRemovedActionsAreNamedWithWhatTheySaid() {
        PlanChanges changes = PlanChanges.between(Plans.answered(), Plans.withFirst("We accept it.", SURVEY));

        assertEquals(
                List.of(
                        new PlanChanges.Change(
                                "Action removed: “Hold masterplan workshops”",
                                "Not started; owner Jo Bloggs (Director of Place); due 30 September 2024",
                                null),
                        new PlanChanges.Change(
                                "Action added: “Run a staff pulse survey”", null, "Not started; due 31 October 2024")),
                changes.recommendations().get(0).changes());
    }

    @Test
    void eachChangedFieldOfAnActionIsItsOwnChangeInWords() {
        PlanContent.Action moved = new PlanContent.Action(
                Plans.WORKSHOPS.id(),
                Plans.WORKSHOPS.description(),
                "Sam Patel",
                Plans.WORKSHOPS.ownerRole(),
                LocalDate.of(2024, 12, 20),
                ActionStatus.IN_PROGRESS);

        List<PlanChanges.Change> changes = PlanChanges.between(
                        Plans.answered(), Plans.withFirst("We accept it.", moved))
                .recommendations()
                .get(0)
                .changes();

        assertEquals(
                List.of(
                        new PlanChanges.Change(
                                "Action “Hold masterplan workshops”: owner changed", "Jo Bloggs", "Sam Patel"),
                        new PlanChanges.Change(
                                "Action “Hold masterplan workshops”: due date changed",
                                "30 September 2024",
                                "20 December 2024"),
                        new PlanChanges.Change(
                                "Action “Hold masterplan workshops”: status changed", "Not started", "In progress")),
                changes);
    }

    @Test
    void aFirstResponseAndAChangedAcceptanceAreSaidInWords() {
        PlanContent partly = new PlanContent(List.of(
                Plans.answered().responses().get(0),
                new PlanContent.Response("2.2", "Finance", Acceptance.PARTIALLY_ACCEPTED, "Agreed.", List.of())));

        assertEquals(
                List.of(new PlanChanges.Change("Response given", null, "Accepted")),
                PlanChanges.between(Plans.withSecondUnanswered(), Plans.answered())
                        .recommendations()
                        .get(0)
                        .changes()
                        .subList(0, 1));
        assertEquals(
                List.of(new PlanChanges.Change("Acceptance changed", "Accepted", "Partially accepted")),
                PlanChanges.between(Plans.answered(), partly)
                        .recommendations()
                        .get(0)
                        .changes());
    }
}
