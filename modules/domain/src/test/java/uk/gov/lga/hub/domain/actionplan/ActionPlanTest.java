package uk.gov.lga.hub.domain.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.IssuedChallenges;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class ActionPlanTest {

    private static final Instant AT = IssuedChallenges.NOW;

    private final ActionPlan plan = new ActionPlan(IssuedChallenges.coventry2024());

    @Test
    void aPlanWithUnansweredRecommendationsIsNotSubmitted() {
        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class,
                () -> plan.submit(Plans.withSecondUnanswered(), "{}", "coventry-editor", AT));
        assertEquals("plan-incomplete", refused.rule());
        assertTrue(refused.getMessage().contains("2.2"));
        assertEquals(ActionPlanStatus.DRAFT, plan.status());
    }

    @Test
    void eachSubmissionIsANumberedFrozenVersionAndEditsGoIntoTheNext() {
        assertEquals(1, plan.workingVersion());
        Submission first = plan.submit(Plans.answered(), "{\"v\":1}", "coventry-editor", AT);
        assertEquals(1, first.number());
        assertEquals(ActionPlanStatus.SUBMITTED, plan.status());
        assertEquals(2, plan.workingVersion());
        assertEquals(
                "plan-awaiting-decision",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> plan.submit(Plans.withFirst("Changed."), "{}", "coventry-editor", AT))
                        .rule());

        plan.decide(Decision.CHANGES_REQUESTED, "Add dates to 2.4.", "pcm", AT);
        assertEquals(ActionPlanStatus.CHANGES_REQUESTED, plan.status());
        Submission second = plan.submit(Plans.withFirst("Dates added."), "{\"v\":2}", "coventry-editor", AT);
        plan.decide(Decision.ACCEPTED, null, "pcm", AT);
        assertEquals(ActionPlanStatus.ACCEPTED, plan.status());
        assertEquals("{\"v\":1}", plan.submission(1).orElseThrow().snapshot(), "the first version stays readable");
        assertEquals("Add dates to 2.4.", plan.submission(1).orElseThrow().comment());
        assertEquals(Decision.ACCEPTED, second.decision().orElseThrow());
    }

    @Test
    void aResubmissionIdenticalToTheLastVersionIsRefusedAndAChangedOneIsTaken() {
        plan.submit(Plans.answered(), "{}", "coventry-editor", AT);
        plan.decide(Decision.CHANGES_REQUESTED, "Add an owner to 2.2.", "pcm", AT);

        DomainRuleViolation refused = assertThrows(
                DomainRuleViolation.class, () -> plan.submit(Plans.answered(), "{}", "coventry-editor", AT));

        assertEquals("plan-unchanged", refused.rule());
        assertTrue(refused.getMessage().contains("the same as version 1"), refused.getMessage());
        assertEquals(ActionPlanStatus.CHANGES_REQUESTED, plan.status(), "nothing was submitted");
        assertEquals(1, plan.submissions().size());
        assertEquals(
                2,
                plan.submit(Plans.withFirst("We accept it, with dates."), "{}", "coventry-editor", AT)
                        .number());
    }

    @Test
    void anAcceptedPlanIsNotResubmittedUnchangedEither() {
        plan.submit(Plans.answered(), "{}", "coventry-editor", AT);
        plan.decide(Decision.ACCEPTED, null, "pcm", AT);

        assertEquals(
                "plan-unchanged",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> plan.submit(Plans.answered(), "{}", "coventry-editor", AT))
                        .rule());
    }

    @Test
    void theSameActionWrittenAgainUnderANewIdIsStillTheSamePlan() {
        plan.submit(Plans.answered(), "{}", "coventry-editor", AT);
        plan.decide(Decision.CHANGES_REQUESTED, "Look again.", "pcm", AT);
        PlanContent.Action rewritten = new PlanContent.Action(
                99,
                Plans.WORKSHOPS.description(),
                Plans.WORKSHOPS.ownerName(),
                Plans.WORKSHOPS.ownerRole(),
                Plans.WORKSHOPS.due(),
                Plans.WORKSHOPS.status());

        assertEquals(
                "plan-unchanged",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> plan.submit(
                                        Plans.withFirst("We accept it.", rewritten), "{}", "coventry-editor", AT))
                        .rule());
    }

    @Test
    void askingForChangesNeedsToSayWhich() {
        plan.submit(Plans.answered(), "{}", "coventry-editor", AT);
        assertEquals(
                "decision-comment-required",
                assertThrows(DomainRuleViolation.class, () -> plan.decide(Decision.CHANGES_REQUESTED, " ", "pcm", AT))
                        .rule());
        assertEquals(ActionPlanStatus.SUBMITTED, plan.status());
    }

    @Test
    void nothingIsDecidedBeforeASubmission() {
        assertEquals(
                "plan-not-submitted",
                assertThrows(DomainRuleViolation.class, () -> plan.decide(Decision.ACCEPTED, null, "pcm", AT))
                        .rule());
    }

    @Test
    void thereIsNoPlanBeforeTheReportIsIssued() {
        PeerChallenge proposed = IssuedChallenges.proposed();
        assertEquals(
                "plan-before-report",
                assertThrows(DomainRuleViolation.class, () -> new ActionPlan(proposed))
                        .rule());
    }

    @Test
    void aSubmittedPositionStatementNoLongerChanges() {
        PositionStatement statement =
                new PositionStatement(IssuedChallenges.coventry2024(), "Draft.", "coventry-editor", AT);
        statement.revise("Edited.", "coventry-editor", AT);
        statement.submit("coventry-editor", AT);
        assertEquals(
                "position-statement-submitted",
                assertThrows(DomainRuleViolation.class, () -> statement.revise("Too late.", "coventry-editor", AT))
                        .rule());
        assertEquals("Edited.", statement.body());
    }
}
