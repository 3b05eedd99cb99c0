package uk.gov.lga.hub.application.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.progress.RecommendationFigures;
import uk.gov.lga.hub.domain.progress.SelfRatingGaps;
import uk.gov.lga.hub.domain.region.Region;
import uk.gov.lga.hub.domain.shared.Rag;

class ProgressServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ProgressService service = demo.hub.service(ProgressService.class);

    ProgressServiceTest() {
        demo.hub.progressFigures.add(facts(
                demo.coventryChallenge.id(),
                Demo.COVENTRY,
                "Coventry City Council",
                Region.WEST_MIDLANDS,
                LocalDate.of(2024, 1, 15)));
        demo.hub.progressFigures.add(facts(
                demo.gatesheadChallenge.id(),
                Demo.GATESHEAD,
                "Gateshead Council",
                Region.NORTH_EAST,
                LocalDate.of(2023, 10, 9)));
    }

    private static ChallengeFacts facts(long id, String code, String name, Region region, LocalDate start) {
        return new ChallengeFacts(
                id,
                code,
                name,
                CouncilType.METROPOLITAN_DISTRICT,
                region,
                start,
                start.plusDays(3),
                ChallengeStatus.REPORT_ISSUED,
                null,
                null,
                Map.of());
    }

    @Test
    void aCouncilsOwnProgressIsMeasuredFromItsFiguresOnly() {
        CouncilProgress progress = service.council(COVENTRY_VIEWER, Demo.COVENTRY);

        assertEquals(1, progress.challenges().size());
        assertEquals(
                ProgressFigures.Scope.council(Demo.COVENTRY),
                demo.hub.progressFigures.asked().get(0));
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        expect.refusedAsNotVisible(() -> service.council(GATESHEAD_EDITOR, Demo.COVENTRY));
        expect.refusedAsNotVisible(() -> service.council(NORTH_EAST_ADVISER, Demo.COVENTRY));
        assertTrue(demo.hub.progressFigures.asked().isEmpty(), "no figures were computed");
    }

    @Test
    void dashboardsAreForEveryAdviserAndLgaStaffWhateverTheRegion() {
        Dashboard region = service.region(WEST_MIDLANDS_ADVISER, Region.NORTH_EAST, ProgressFilter.NONE);
        Dashboard england = service.national(MANAGER, ProgressFilter.NONE, false);

        assertEquals(1, region.parts().size());
        assertEquals("Gateshead Council", region.parts().get(0).label());
        assertEquals(2, england.parts().size());
    }

    /**
     * A West Midlands council whose latest challenge has one recommendation with these figures (no start: the
     * challenge's facts are there already; no challenge: it never had one).
     */
    private void westMidlandsCouncil(
            String code, String name, long challengeId, LocalDate start, int overdue, LocalDate lastUpdate) {
        demo.hub.progressFigures.add(
                new ProgressFigures.CouncilFacts(code, name, CouncilType.METROPOLITAN_DISTRICT, Region.WEST_MIDLANDS));
        if (start != null) {
            demo.hub.progressFigures.add(facts(challengeId, code, name, Region.WEST_MIDLANDS, start));
        }
        if (challengeId != 0) {
            demo.hub.progressFigures.add(new RecommendationFigures(
                    challengeId * 10, challengeId, List.of(), true, 4, 2, 2, 0, 0, 0, 0, 0, overdue, lastUpdate));
        }
    }

    /** Today is 20 May 2024. */
    private void theWestMidlands() {
        westMidlandsCouncil(
                Demo.COVENTRY,
                "Coventry City Council",
                demo.coventryChallenge.id(),
                null,
                1,
                LocalDate.of(2024, 5, 10));
        westMidlandsCouncil(
                "E08000027", "Dudley Council", 9001, LocalDate.of(2023, 6, 5), 3, LocalDate.of(2024, 5, 19));
        westMidlandsCouncil(
                "E08000029", "Solihull Council", 9002, LocalDate.of(2023, 3, 6), 1, LocalDate.of(2024, 1, 20));
        // Its visit ended in February 2023, so its progress review is overdue.
        westMidlandsCouncil(
                "E08000028", "Sandwell Council", 9003, LocalDate.of(2023, 2, 6), 1, LocalDate.of(2024, 5, 10));
        westMidlandsCouncil("E08000025", "Birmingham City Council", 0, null, 0, null);
    }

    @Test
    void theRegionCountsWhereCouncilsRateThemselvesGreenerThanTheirPeersPerCouncilAndInAll() {
        theWestMidlands();
        long coventry = demo.coventryChallenge.id();
        demo.hub.progressFigures.add(new ProgressFigures.RatingPair(Demo.COVENTRY, coventry, Rag.GREEN, Rag.AMBER));
        demo.hub.progressFigures.add(new ProgressFigures.RatingPair(Demo.COVENTRY, coventry, Rag.AMBER, Rag.AMBER));
        demo.hub.progressFigures.add(new ProgressFigures.RatingPair("E08000027", 9001, Rag.RED, Rag.GREEN));
        // Gateshead is in another region: it is left out of the West Midlands' figures.
        demo.hub.progressFigures.add(
                new ProgressFigures.RatingPair(Demo.GATESHEAD, demo.gatesheadChallenge.id(), Rag.GREEN, Rag.RED));

        Dashboard region = service.region(WEST_MIDLANDS_ADVISER, Region.WEST_MIDLANDS, ProgressFilter.NONE);

        assertEquals(1, region.councilsRatingThemselvesGreener());
        assertEquals(new SelfRatingGaps(3, 1, 1, 1), region.selfRatings());
        var byCouncil = region.councils().stream()
                .collect(java.util.stream.Collectors.toMap(
                        Dashboard.CouncilLine::code, Dashboard.CouncilLine::selfRatings));
        assertEquals(new SelfRatingGaps(2, 1, 1, 0), byCouncil.get(Demo.COVENTRY));
        assertEquals(new SelfRatingGaps(1, 0, 0, 1), byCouncil.get("E08000027"));
        assertEquals(SelfRatingGaps.NONE, byCouncil.get("E08000025"), "a council never reviewed compares nothing");
    }

    private List<String> names(Dashboard dashboard) {
        return dashboard.councils().stream().map(Dashboard.CouncilLine::name).toList();
    }

    @Test
    void whoIsBehindRanksMostOverdueActionsThenLongestSinceAnUpdateThenTheReviewAndNoChallengeLast() {
        theWestMidlands();

        Dashboard ranked = service.region(
                WEST_MIDLANDS_ADVISER, Region.WEST_MIDLANDS, ProgressFilter.NONE, CouncilSort.MOST_BEHIND_FIRST);

        assertEquals(
                List.of(
                        "Dudley Council",
                        "Solihull Council",
                        "Sandwell Council",
                        "Coventry City Council",
                        "Birmingham City Council"),
                names(ranked));
    }

    @Test
    void theAdviserSortsByAnyColumnEitherWayWithEmptyValuesLastAndTiesByName() {
        theWestMidlands();

        assertEquals(
                List.of(
                        "Birmingham City Council",
                        "Coventry City Council",
                        "Dudley Council",
                        "Sandwell Council",
                        "Solihull Council"),
                names(service.region(
                        WEST_MIDLANDS_ADVISER,
                        Region.WEST_MIDLANDS,
                        ProgressFilter.NONE,
                        CouncilSort.of("council", "ascending"))));
        assertEquals(
                List.of(
                        "Solihull Council",
                        "Coventry City Council",
                        "Sandwell Council",
                        "Dudley Council",
                        "Birmingham City Council"),
                names(service.region(
                        WEST_MIDLANDS_ADVISER,
                        Region.WEST_MIDLANDS,
                        ProgressFilter.NONE,
                        CouncilSort.of("days-since-update", "descending"))));
        assertEquals(
                CouncilSort.MOST_BEHIND_FIRST, CouncilSort.of("password", "sideways"), "unknown sorts give the rank");
    }

    @Test
    void daysSinceAnUpdateCountUpdatesOnAnEarlierChallengeWhenTheLatestHasNoPlanYet() {
        // Coventry reported progress on its January 2024 plan ten days ago; a newer challenge's report has just
        // been issued and has no answers yet. The council did update ten days ago, whichever challenge it was for.
        theWestMidlands();
        long newer = 9100;
        demo.hub.progressFigures.add(
                facts(newer, Demo.COVENTRY, "Coventry City Council", Region.WEST_MIDLANDS, LocalDate.of(2024, 4, 8)));
        demo.hub.progressFigures.add(RecommendationFigures.unanswered(newer * 10, newer, List.of()));

        Dashboard.CouncilLine coventry =
                service.region(WEST_MIDLANDS_ADVISER, Region.WEST_MIDLANDS, ProgressFilter.NONE).councils().stream()
                        .filter(c -> c.code().equals(Demo.COVENTRY))
                        .findFirst()
                        .orElseThrow();

        assertEquals(newer, coventry.latest().challengeId(), "the line still shows the latest challenge");
        assertEquals(10L, coventry.latest().daysSinceLastUpdate());
    }

    @Test
    void councilUsersMayNotSeeDashboards() {
        expect.refusedAsDenied(() -> service.national(COVENTRY_VIEWER, ProgressFilter.NONE, false));
        expect.refusedAsDenied(() -> service.region(COVENTRY_VIEWER, Region.WEST_MIDLANDS, ProgressFilter.NONE));
        assertTrue(demo.hub.progressFigures.asked().isEmpty());
    }
}
