package uk.gov.lga.hub.application.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.council.CouncilType;
import uk.gov.lga.hub.domain.progress.ChallengeFacts;
import uk.gov.lga.hub.domain.region.Region;

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

    @Test
    void councilUsersMayNotSeeDashboards() {
        expect.refusedAsDenied(() -> service.national(COVENTRY_VIEWER, ProgressFilter.NONE, false));
        expect.refusedAsDenied(() -> service.region(COVENTRY_VIEWER, Region.WEST_MIDLANDS, ProgressFilter.NONE));
        assertTrue(demo.hub.progressFigures.asked().isEmpty());
    }
}
