package uk.gov.lga.hub.application.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.LGA_ADMIN;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.actionplan.ActionPlanStatus;
import uk.gov.lga.hub.domain.actionplan.Decision;
import uk.gov.lga.hub.domain.actionplan.PlanChanges;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class ActionPlanServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ActionPlanService service = demo.hub.service(ActionPlanService.class);
    private final long coventry = demo.coventryChallenge.id();

    private SubmissionView submitted() {
        demo.respondToAll(demo.coventryChallenge);
        SubmissionView submission = service.submit(COVENTRY_EDITOR, coventry);
        return submission;
    }

    @Test
    void aPlanWithUnansweredRecommendationsIsNotSubmittedAndNothingIsLeftBehind() {
        demo.respond(demo.coventryRecommendation(0), "We accept it.");

        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> service.submit(COVENTRY_EDITOR, coventry));

        assertTrue(refused.getMessage().contains("2.2"), refused.getMessage());
        assertTrue(demo.hub.plans().isEmpty(), "the plan created for the submission was rolled back");
        expect.nothingAudited();
    }

    @Test
    void anEditorSubmitsTheAnsweredPlanAsVersionOneFrozenWithOneAuditEntry() {
        SubmissionView submission = submitted();

        assertEquals(1, submission.summary().number());
        assertEquals("coventry-editor", submission.summary().submittedBy());
        assertEquals(2, submission.plan().recommendations().size(), "the frozen copy holds every recommendation");
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "action-plan.submitted");
        assertEquals("action plan of challenge " + coventry, entry.subject());
        assertEquals("\"SUBMITTED, version 1\"", entry.after());
    }

    @Test
    void theManagerDecidesOnTheLatestVersionAndTheDecisionIsAuditedInTheCouncilsTrail() {
        submitted();

        SubmissionView decided = service.decide(
                MANAGER, coventry, 1, new DecisionCommand(Decision.CHANGES_REQUESTED, "Add dates to 2.2."));

        assertEquals("CHANGES_REQUESTED", decided.summary().decision());
        assertEquals(ActionPlanStatus.CHANGES_REQUESTED, demo.hub.plans().get(0).status());
        AuditEvent entry = demo.hub.audit().get(1);
        assertEquals(Demo.COVENTRY, entry.councilCode());
        assertEquals("pc-manager", entry.actor());
        assertEquals("action-plan.decided", entry.action());
        assertEquals("\"CHANGES_REQUESTED: Add dates to 2.2.\"", entry.after());
    }

    @Test
    void aDecisionOnAVersionThatIsNotTheLatestIsNotFound() {
        submitted();

        expect.refusedAsNotFound(
                () -> service.decide(LGA_ADMIN, coventry, 2, new DecisionCommand(Decision.ACCEPTED, null)));
        assertEquals(ActionPlanStatus.SUBMITTED, demo.hub.plans().get(0).status());
    }

    @Test
    void onlyTheLgasManagersDecideNotTheCouncilNorItsAdviser() {
        submitted();
        int entries = demo.hub.audit().size();

        assertThrows(
                uk.gov.lga.hub.application.security.AccessDenied.class,
                () -> service.decide(COVENTRY_EDITOR, coventry, 1, new DecisionCommand(Decision.ACCEPTED, null)));
        assertThrows(
                uk.gov.lga.hub.application.security.AccessDenied.class,
                () -> service.decide(WEST_MIDLANDS_ADVISER, coventry, 1, new DecisionCommand(Decision.ACCEPTED, null)));
        assertEquals(ActionPlanStatus.SUBMITTED, demo.hub.plans().get(0).status());
        assertEquals(entries, demo.hub.audit().size());
    }

    @Test
    void aViewerReadsThePlanButMayNotSubmitIt() {
        demo.respondToAll(demo.coventryChallenge);

        assertEquals(coventry, service.plan(COVENTRY_VIEWER, coventry).challengeId());
        expect.refusedAsDenied(() -> service.submit(COVENTRY_VIEWER, coventry));
    }

    @Test
    void anotherCouncilsEditorIsToldThePlanIsNotThere() {
        expect.refusedAsNotVisible(() -> service.plan(GATESHEAD_EDITOR, coventry));
        expect.refusedAsNotVisible(() -> service.submit(GATESHEAD_EDITOR, coventry));
    }

    @Test
    void aSubmittedVersionStaysReadableByNumber() {
        submitted();

        assertEquals(
                1,
                service.submission(WEST_MIDLANDS_ADVISER, coventry, 1).summary().number());
        expect.refusedAsNotFound(() -> service.submission(COVENTRY_VIEWER, coventry, 2));
    }

    @Test
    void anUnchangedResubmissionIsRefusedAndNeitherSubmittedNorAudited() {
        submitted();
        service.decide(MANAGER, coventry, 1, new DecisionCommand(Decision.CHANGES_REQUESTED, "Add dates to 2.2."));
        int entries = demo.hub.audit().size();

        DomainRuleViolation refused =
                assertThrows(DomainRuleViolation.class, () -> service.submit(COVENTRY_EDITOR, coventry));

        assertEquals("plan-unchanged", refused.rule());
        assertEquals(1, demo.hub.plans().get(0).submissions().size());
        assertEquals(ActionPlanStatus.CHANGES_REQUESTED, demo.hub.plans().get(0).status());
        assertEquals(entries, demo.hub.audit().size());
    }

    @Test
    void theManagerReadsWhatChangedSinceTheVersionBefore() {
        CouncilResponse masterplan = demo.respond(demo.coventryRecommendation(0), "We accept it.");
        demo.respond(demo.coventryRecommendation(1), "We accept it too.");
        service.submit(COVENTRY_EDITOR, coventry);
        service.decide(MANAGER, coventry, 1, new DecisionCommand(Decision.CHANGES_REQUESTED, "Add actions."));
        demo.action(masterplan, "Hold masterplan workshops");
        service.submit(COVENTRY_EDITOR, coventry);

        SubmissionChanges changes = service.changesIn(MANAGER, coventry, 2);

        assertEquals(Integer.valueOf(1), changes.since());
        assertEquals(1, changes.recommendations().size(), "only the recommendation that changed");
        assertEquals(
                demo.coventryRecommendation(0).number(),
                changes.recommendations().get(0).number());
        assertEquals(
                List.of("Action added: “Hold masterplan workshops”"),
                changes.recommendations().get(0).changes().stream()
                        .map(PlanChanges.Change::what)
                        .toList());
        SubmissionChanges first = service.changesIn(COVENTRY_VIEWER, coventry, 1);
        assertNull(first.since(), "the first version has nothing to compare with");
        assertTrue(first.recommendations().isEmpty());
    }

    @Test
    void changesAreReadLikeTheVersionsThemselves() {
        submitted();

        expect.refusedAsNotVisible(() -> service.changesIn(GATESHEAD_EDITOR, coventry, 1));
        expect.refusedAsNotFound(() -> service.changesIn(MANAGER, coventry, 2));
    }
}
