package uk.gov.lga.hub.domain.challenge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class ChallengeStepTest {

    static Stream<Arguments> everyStepInEveryState() {
        List<Arguments> pairs = new ArrayList<>();
        for (ChallengeStatus status : ChallengeStatus.values()) {
            for (ChallengeStep step : ChallengeStep.values()) {
                pairs.add(Arguments.of(step, status));
            }
        }
        return pairs.stream();
    }

    /** What the pages offer and what the aggregate accepts come from one predicate, so they cannot drift apart. */
    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyStepInEveryState")
    void aStepIsOfferedExactlyWhenItsGuardLetsItThrough(ChallengeStep step, ChallengeStatus status) {
        boolean offered = ChallengeStep.allowedNow(status).contains(step);
        if (offered) {
            assertDoesNotThrow(() -> step.requireAllowedIn(status));
        } else {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> step.requireAllowedIn(status));
            assertTrue(refused instanceof DomainRuleViolation || refused instanceof IllegalStatusMove);
        }
    }

    @Test
    void theVisitMovesOnlyBeforeThePeersArrive() {
        assertEquals(
                EnumSet.of(ChallengeStatus.PROPOSED, ChallengeStatus.SCHEDULED, ChallengeStatus.POSTPONED),
                statesAllowing(ChallengeStep.MOVE_VISIT));
    }

    @Test
    void theReportChangesOnlyWhileADraftOfALiveChallenge() {
        assertEquals(
                EnumSet.of(
                        ChallengeStatus.PROPOSED,
                        ChallengeStatus.SCHEDULED,
                        ChallengeStatus.POSTPONED,
                        ChallengeStatus.ON_SITE,
                        ChallengeStatus.REPORT_DRAFTING),
                statesAllowing(ChallengeStep.CHANGE_REPORT));
    }

    @Test
    void theProgressReviewIsScheduledBetweenIssuingAndHoldingIt() {
        assertEquals(
                EnumSet.of(
                        ChallengeStatus.REPORT_ISSUED,
                        ChallengeStatus.PUBLISHED,
                        ChallengeStatus.PROGRESS_REVIEW_SCHEDULED),
                statesAllowing(ChallengeStep.SCHEDULE_PROGRESS_REVIEW));
    }

    @ParameterizedTest
    @EnumSource(ChallengeStatus.class)
    void plainMovesAreTheAllowedMovesThatNeedNothingButTheDecision(ChallengeStatus status) {
        assertTrue(status.allowedMoves().containsAll(status.plainMoves()));
        status.plainMoves().forEach(next -> assertTrue(ChallengeStatus.isPlainMove(next)));
        assertFalse(status.plainMoves().contains(ChallengeStatus.REPORT_ISSUED));
    }

    @Test
    void aCancelledChallengesReportAndTeamNoLongerChange() {
        PeerChallenge challenge = ChallengeStatusTest.challengeIn(ChallengeStatus.CANCELLED);
        assertEquals(
                "report-already-issued",
                assertThrows(DomainRuleViolation.class, () -> challenge.writeReport("Too late.", Map.of()))
                        .rule());
        assertEquals(
                "challenge-finished",
                assertThrows(
                                DomainRuleViolation.class,
                                () -> challenge.addTeamMember(
                                        "Pam Smith",
                                        TeamRole.LEAD_PEER,
                                        "Chief Executive",
                                        "Somewhere Council",
                                        null,
                                        null))
                        .rule());
        assertFalse(challenge.allowedSteps().contains(ChallengeStep.CHANGE_REPORT));
    }

    @Test
    void aChallengeOffersTheStepsItsStatusAllows() {
        PeerChallenge challenge = ChallengeStatusTest.challengeIn(ChallengeStatus.PUBLISHED);
        assertEquals(
                EnumSet.of(
                        ChallengeStep.CHANGE_TEAM,
                        ChallengeStep.RECORD_PUBLICATION,
                        ChallengeStep.SCHEDULE_PROGRESS_REVIEW),
                challenge.allowedSteps());
        assertEquals(LocalDate.of(2024, 1, 18), challenge.visit().endDate());
    }

    private static EnumSet<ChallengeStatus> statesAllowing(ChallengeStep step) {
        EnumSet<ChallengeStatus> states = EnumSet.noneOf(ChallengeStatus.class);
        for (ChallengeStatus status : ChallengeStatus.values()) {
            if (step.allowedIn(status)) {
                states.add(status);
            }
        }
        return states;
    }
}
