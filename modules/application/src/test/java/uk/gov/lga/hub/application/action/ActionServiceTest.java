package uk.gov.lga.hub.application.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.OwnerKind;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Rag;

class ActionServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ActionService service = demo.hub.service(ActionService.class);
    private final KeyRecommendation cityCentre = demo.coventryRecommendation(0);

    private static ActionCommand action(String description, LocalDate due, String reason, Long version) {
        return new ActionCommand(
                description,
                null,
                null,
                "Jane Owner",
                "Director",
                due,
                ActionStatus.IN_PROGRESS,
                Rag.AMBER,
                reason,
                version);
    }

    private PlanAction existingAction() {
        CouncilResponse response = demo.respond(cityCentre, "We accept it.");
        return demo.action(response, "Publish the vision");
    }

    @Test
    void anEditorAddsAnActionUnderTheResponseWithOneAuditEntry() {
        demo.respond(cityCentre, "We accept it.");

        ActionPlanView.ActionView added = service.add(
                COVENTRY_EDITOR,
                cityCentre.id(),
                action("Consult on the vision", LocalDate.of(2024, 10, 1), null, null));

        assertEquals("Consult on the vision", added.description());
        assertEquals(1, added.order());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "action.added");
        assertEquals("action 1 of recommendation 2.1 (challenge " + demo.coventryChallenge.id() + ")", entry.subject());
        assertNull(entry.before());
        assertTrue(entry.after().contains("Consult on the vision"), entry.after());
    }

    @Test
    void anActionBeforeAnyResponseIsRefusedAsNotFound() {
        expect.refusedAsNotFound(() -> service.add(
                COVENTRY_EDITOR, cityCentre.id(), action("Too early", LocalDate.of(2024, 10, 1), null, null)));
    }

    @Test
    void aRevisionQuotingTheCurrentVersionMovesTheDueDateWithItsReasonAndIsAudited() {
        PlanAction action = existingAction();

        ActionPlanView.ActionView revised = service.revise(
                COVENTRY_EDITOR,
                cityCentre.id(),
                action.id(),
                action("Publish the vision", LocalDate.of(2024, 12, 31), "The consultation ran late.", 1L));

        assertEquals(LocalDate.of(2024, 12, 31), revised.due());
        assertEquals(2, revised.version());
        assertEquals(1, revised.dateChanges().size());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "action.revised");
        assertTrue(entry.before().contains("2024-09-30") && entry.after().contains("2024-12-31"), entry.after());
    }

    @Test
    void aRevisionQuotingAnOldVersionIsRefusedWithTheCurrentActionAndChangesNothing() {
        PlanAction action = existingAction();
        demo.hub.setVersion(action, 2);

        ActionPlanView.ActionView current = expect.refusedAsStale(
                ActionPlanView.ActionView.class,
                () -> service.revise(
                        COVENTRY_EDITOR,
                        cityCentre.id(),
                        action.id(),
                        action("Mine", LocalDate.of(2024, 9, 30), null, 1L)));

        assertEquals("Publish the vision", current.description());
        assertEquals(2, current.version());
        assertEquals("Publish the vision", action.description());
    }

    @Test
    void aNewDueDateWithoutAReasonIsRefusedAndNothingIsAudited() {
        PlanAction action = existingAction();

        org.junit.jupiter.api.Assertions.assertThrows(
                DomainRuleViolation.class,
                () -> service.revise(
                        COVENTRY_EDITOR,
                        cityCentre.id(),
                        action.id(),
                        action("Publish the vision", LocalDate.of(2025, 1, 1), null, 1L)));

        assertEquals(LocalDate.of(2024, 9, 30), action.due());
        expect.nothingAudited();
    }

    @Test
    void anUpdateIsAddedDatedTodayAndAuditedAsAChangeToTheAction() {
        PlanAction action = existingAction();

        ActionPlanView.UpdateView update = service.recordUpdate(
                COVENTRY_EDITOR,
                cityCentre.id(),
                action.id(),
                new UpdateCommand(null, "Drafted.", ActionStatus.IN_PROGRESS, null));

        assertEquals(LocalDate.of(2024, 5, 20), update.writtenOn());
        assertEquals("coventry-editor", update.author());
        assertEquals(
                1,
                service.updates(WEST_MIDLANDS_ADVISER, cityCentre.id(), action.id())
                        .size());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "action.update-added");
        assertTrue(entry.after().contains("Drafted."), entry.after());
    }

    @Test
    void anActionNamedUnderAnotherRecommendationIsNotFound() {
        PlanAction action = existingAction();
        long workforce = demo.coventryRecommendation(1).id();

        expect.refusedAsNotFound(() -> service.revise(
                COVENTRY_EDITOR, workforce, action.id(), action("Moved", LocalDate.of(2024, 9, 30), null, 1L)));
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        PlanAction action = existingAction();

        expect.refusedAsNotVisible(() -> service.recordUpdate(
                GATESHEAD_EDITOR, cityCentre.id(), action.id(), new UpdateCommand(null, "Not mine.", null, null)));
        expect.refusedAsNotVisible(() -> service.updates(NORTH_EAST_ADVISER, cityCentre.id(), action.id()));
        assertTrue(action.updates().isEmpty());
    }

    @Test
    void aViewerOfTheCouncilMayNotAddOrChangeActions() {
        PlanAction action = existingAction();

        expect.refusedAsDenied(() ->
                service.add(COVENTRY_VIEWER, cityCentre.id(), action("No", LocalDate.of(2024, 10, 1), null, null)));
        expect.refusedAsDenied(() -> service.recordUpdate(
                COVENTRY_VIEWER, cityCentre.id(), action.id(), new UpdateCommand(null, "No.", null, null)));
    }

    @Test
    void anEditorNamesAColleagueAsOwnerAndTheActionShowsTheirName() {
        demo.respond(cityCentre, "We accept it.");
        demo.hub.identity.grantCouncilRole(
                Demo.COVENTRY,
                "sam",
                IdentityProvisioning.CouncilRole.COUNCIL_VIEWER,
                new IdentityProvisioning.Person("sam@example.org", "Sam", "Smith", null));

        ActionPlanView.ActionView added = service.add(COVENTRY_EDITOR, cityCentre.id(), ownedBy("sam"));

        assertEquals(OwnerKind.USER, added.ownerKind());
        assertEquals("sam", added.ownerUser());
        assertEquals("Sam Smith", added.ownerShown());
        assertEquals(
                List.of(new Colleagues.Colleague("sam", "Sam Smith")),
                service.possibleOwners(COVENTRY_EDITOR, cityCentre.id()));
    }

    @Test
    void anotherCouncilsUserIsRefusedAsOwnerAndNothingIsWritten() {
        CouncilResponse response = demo.respond(cityCentre, "We accept it.");
        demo.hub.identity.grantCouncilRole(
                Demo.GATESHEAD, "gateshead-editor", IdentityProvisioning.CouncilRole.COUNCIL_EDITOR, null);

        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> service.add(COVENTRY_EDITOR, cityCentre.id(), ownedBy("gateshead-editor")));

        assertEquals("action-owner-not-of-council", refused.rule());
        assertTrue(response.actions().isEmpty());
    }

    private static ActionCommand ownedBy(String username) {
        return new ActionCommand(
                "Consult on the vision", OwnerKind.USER, username, null, null, null, null, null, null, null);
    }
}
