package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.domain.challenge.ChallengeTasks.TaskActor;
import uk.gov.lga.hub.domain.challenge.ChallengeTasks.TaskPart;
import uk.gov.lga.hub.domain.challenge.ChallengeTasks.TaskState;

class ChallengeTasksTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);

    private static ChallengeTasks tasks(PeerChallenge challenge) {
        return ChallengeTasks.of(challenge, challenge.deadlines(PublicationRules.LGA_CURRENT, TODAY));
    }

    private static List<TaskState> states(PeerChallenge challenge) {
        return tasks(challenge).tasks().stream()
                .map(ChallengeTasks.ChallengeTask::state)
                .toList();
    }

    @Test
    void aProposedChallengeIsAgreeingItsVisitAndNothingLaterCanStart() {
        PeerChallenge proposed = ChallengeFixtures.proposed();
        assertEquals(
                List.of(
                        TaskState.IN_PROGRESS,
                        TaskState.NOT_STARTED,
                        TaskState.CANNOT_START_YET,
                        TaskState.CANNOT_START_YET,
                        TaskState.CANNOT_START_YET,
                        TaskState.CANNOT_START_YET),
                states(proposed));
        ChallengeTasks.ChallengeTask next = tasks(proposed).next().orElseThrow();
        assertEquals(TaskPart.VISIT_AND_SCOPE, next.part());
        assertEquals(TaskActor.MANAGER, next.whoActs());
        assertEquals(LocalDate.of(2024, 1, 15), next.deadline(), "agreed before the peers arrive");
    }

    @Test
    void theTeamIsCompleteOnceEveryRoleIsFilledAndThenTheVisitIsAwaited() {
        PeerChallenge challenge = ChallengeFixtures.proposed();
        challenge.move(ChallengeStatus.SCHEDULED);
        challenge.addTeamMember("Pam Smith", TeamRole.LEAD_PEER, "CEX", "Newcastle", null, null);
        assertEquals(
                TaskState.IN_PROGRESS, tasks(challenge).of(TaskPart.PEER_TEAM).state());
        assertEquals(TaskPart.PEER_TEAM, tasks(challenge).next().orElseThrow().part());
        challenge.addTeamMember("Cllr Jo Bloggs", TeamRole.MEMBER_PEER, null, "Leeds", "Labour", null);
        challenge.addTeamMember("Sam Jones", TeamRole.OFFICER_PEER, "Director", "Derby", null, null);
        challenge.addTeamMember("Kate Leigh", TeamRole.PEER_CHALLENGE_MANAGER, null, "LGA", null, null);
        assertEquals(
                TaskState.COMPLETED, tasks(challenge).of(TaskPart.PEER_TEAM).state());
        assertTrue(tasks(challenge).next().isEmpty(), "nothing waits on anyone until the peers arrive");
    }

    @Test
    void theReportCanBeIssuedOnlyOnceItHasASummaryAndARecommendation() {
        PeerChallenge drafting = ChallengeFixtures.drafting();
        assertEquals(TaskState.NOT_STARTED, tasks(drafting).of(TaskPart.REPORT).state());
        assertEquals(
                TaskState.CANNOT_START_YET, tasks(drafting).of(TaskPart.ISSUE).state());
        drafting.writeReport("Coventry is ambitious.", java.util.Map.of());
        assertEquals(TaskState.IN_PROGRESS, tasks(drafting).of(TaskPart.REPORT).state());
        drafting.addRecommendation("1", "Finance", "Plan.", List.of(ChallengeFixtures.FINANCE));
        assertEquals(TaskState.COMPLETED, tasks(drafting).of(TaskPart.REPORT).state());
        assertEquals(TaskState.NOT_STARTED, tasks(drafting).of(TaskPart.ISSUE).state());
        assertEquals(TaskPart.ISSUE, tasks(drafting).next().orElseThrow().part());
    }

    @Test
    void afterIssuingTheCouncilPublishesByTheSoonestClockAndTheReviewHasItsTwelveMonthLimit() {
        PeerChallenge issued = ChallengeFixtures.issued();
        ChallengeTasks tasks = tasks(issued);
        assertEquals(TaskState.COMPLETED, tasks.of(TaskPart.ISSUE).state());
        ChallengeTasks.ChallengeTask publications = tasks.next().orElseThrow();
        assertEquals(TaskPart.PUBLICATIONS, publications.part());
        assertEquals(TaskActor.COUNCIL, publications.whoActs());
        assertEquals(LocalDate.of(2024, 4, 18), publications.deadline(), "three months after the visit");
        assertEquals(TaskState.NOT_STARTED, tasks.of(TaskPart.PROGRESS_REVIEW).state());
        assertEquals(
                LocalDate.of(2025, 1, 18), tasks.of(TaskPart.PROGRESS_REVIEW).deadline());
    }

    @Test
    void publishingBothTheReportAndThePlanCompletesThePublications() {
        PeerChallenge issued = ChallengeFixtures.issued();
        Instant now = Instant.parse("2024-03-10T10:00:00Z");
        issued.publish(PublicationKind.FEEDBACK_REPORT, LocalDate.of(2024, 3, 5), "https://c.gov.uk/r", "x", "m", now);
        assertEquals(
                TaskState.IN_PROGRESS, tasks(issued).of(TaskPart.PUBLICATIONS).state());
        issued.publish(PublicationKind.ACTION_PLAN, LocalDate.of(2024, 3, 8), "https://c.gov.uk/p", "x", "m", now);
        assertEquals(
                TaskState.COMPLETED, tasks(issued).of(TaskPart.PUBLICATIONS).state());
        assertEquals(
                TaskPart.PROGRESS_REVIEW, tasks(issued).next().orElseThrow().part());
    }

    @Test
    void aCancelledChallengeNeedsNothingMoreAndHasNoNextStep() {
        PeerChallenge cancelled = ChallengeFixtures.proposed();
        cancelled.move(ChallengeStatus.CANCELLED);
        ChallengeTasks tasks = tasks(cancelled);
        assertTrue(tasks.tasks().stream().allMatch(t -> t.state() == TaskState.NOT_NEEDED));
        assertNull(tasks.of(TaskPart.VISIT_AND_SCOPE).deadline());
        assertTrue(tasks.next().isEmpty());
    }
}
