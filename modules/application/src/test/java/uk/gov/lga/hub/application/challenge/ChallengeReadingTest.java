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

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.challenge.FiveYearCycle;
import uk.gov.lga.hub.domain.region.Region;

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
    void aRegionsCouncilsDueACpcAreTheOverdueTheNeverAndTheDueWithinAYearFromTheLongestDue() {
        demo.councilWithVisits("E08000027", "Dudley Council", Region.WEST_MIDLANDS, LocalDate.of(2018, 9, 3));
        demo.councilWithVisits("E08000025", "Birmingham City Council", Region.WEST_MIDLANDS);
        demo.councilWithVisits("E08000029", "Solihull Council", Region.WEST_MIDLANDS, LocalDate.of(2019, 11, 4));
        demo.councilWithVisits("E08000028", "Sandwell Council", Region.WEST_MIDLANDS, LocalDate.of(2020, 9, 7));
        demo.councilWithVisits("E08000024", "Sunderland City Council", Region.NORTH_EAST);

        List<CycleService.CouncilCycle> due = cycle.dueIn(WEST_MIDLANDS_ADVISER, Region.WEST_MIDLANDS);

        // Today is 20 May 2024: Dudley's 2018 visit fell due in September 2023, Solihull's falls due in November
        // 2024; Sandwell's (September 2025) is more than a year away and Coventry's 2024 visit is recent.
        assertEquals(
                List.of("Birmingham City Council", "Dudley Council", "Solihull Council"),
                due.stream().map(c -> c.council().name()).toList());
        assertEquals(
                List.of(
                        FiveYearCycle.Standing.NEVER,
                        FiveYearCycle.Standing.OVERDUE,
                        FiveYearCycle.Standing.DUE_WITHIN_A_YEAR),
                due.stream().map(CycleService.CouncilCycle::standing).toList());
        assertEquals(LocalDate.of(2024, 11, 7), due.get(2).nextDue());
        assertTrue(
                due.stream().noneMatch(c -> c.council().region().equals(Region.NORTH_EAST.code())),
                "another region's councils are not listed");
        expect.refusedAsDenied(() -> cycle.dueIn(COVENTRY_VIEWER, Region.WEST_MIDLANDS));
    }

    @Test
    void thePublicSeesNoReportUntilOneIsPublished() {
        PublicReports reports = demo.hub.service(PublicReports.class);

        assertTrue(reports.all().isEmpty());
        expect.refusedAsNotFound(() -> reports.report(1L));
    }
}
