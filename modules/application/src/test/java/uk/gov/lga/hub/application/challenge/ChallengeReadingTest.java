package uk.gov.lga.hub.application.challenge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.ANONYMOUS;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_PEER;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;

/** Reading challenges (ChallengeService), the five-year cycle (CycleService) and the public reports. */
class ChallengeReadingTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ChallengeService challenges = demo.hub.service(ChallengeService.class);
    private final CycleService cycle = demo.hub.service(CycleService.class);
    private final long coventry = demo.coventryChallenge.id();

    @Test
    void aCouncilsUsersAndItsRegionsAdviserReadItsChallenges() {
        assertEquals(
                List.of(coventry),
                challenges.challengesOf(COVENTRY_VIEWER, Demo.COVENTRY).stream()
                        .map(ChallengeSummary::id)
                        .toList());
        assertEquals(
                coventry, challenges.challenge(WEST_MIDLANDS_ADVISER, coventry).id());
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        expect.refusedAsNotVisible(() -> challenges.challengesOf(GATESHEAD_EDITOR, Demo.COVENTRY));
        expect.refusedAsNotVisible(() -> challenges.challenge(GATESHEAD_EDITOR, coventry));
        expect.refusedAsNotVisible(() -> challenges.challenge(NORTH_EAST_ADVISER, coventry));
        expect.refusedAsNotVisible(() -> challenges.challenge(ANONYMOUS, coventry));
    }

    @Test
    void aPeerReadsTheChallengeOnWhoseTeamTheyAreAndNoOther() {
        assertEquals(coventry, challenges.challenge(COVENTRY_PEER, coventry).id());
        expect.refusedAsNotVisible(() -> challenges.challenge(COVENTRY_PEER, demo.gatesheadChallenge.id()));
        expect.refusedAsNotVisible(() -> challenges.challengesOf(COVENTRY_PEER, Demo.COVENTRY));
    }

    @Test
    void onlyLgaStaffListEveryCouncilsChallenges() {
        assertEquals(2, challenges.all(MANAGER).size());
        expect.refusedAsDenied(() -> challenges.all(WEST_MIDLANDS_ADVISER));
        expect.refusedAsDenied(() -> challenges.all(COVENTRY_VIEWER));
    }

    @Test
    void anUnknownChallengeIsNotFoundForEveryone() {
        expect.refusedAsNotFound(() -> challenges.challenge(MANAGER, 999_999L));
    }

    @Test
    void theFiveYearCycleIsForAdvisersOfAnyRegionAndLgaStaffNotCouncils() {
        List<CycleService.CouncilCycle> all = cycle.councils(NORTH_EAST_ADVISER, false);

        assertEquals(2, all.size());
        assertEquals(
                FiveYearCycle.Standing.NOT_DUE,
                all.stream()
                        .filter(c -> c.council().code().equals(Demo.COVENTRY))
                        .findFirst()
                        .orElseThrow()
                        .standing());
        expect.refusedAsDenied(() -> cycle.councils(COVENTRY_VIEWER, false));
    }

    @Test
    void theCycleDueOnlyListsNoCouncilThatHadARecentChallenge() {
        assertTrue(cycle.councils(MANAGER, true).isEmpty());
    }

    @Test
    void thePublicSeesNoReportUntilOneIsPublished() {
        PublicReports reports = demo.hub.service(PublicReports.class);

        assertTrue(reports.all().isEmpty());
        expect.refusedAsNotFound(() -> reports.report(1L));
    }
}
