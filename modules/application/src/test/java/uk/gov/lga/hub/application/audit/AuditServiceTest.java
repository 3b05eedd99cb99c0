package uk.gov.lga.hub.application.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.response.ResponseCommand;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.domain.response.Acceptance;

class AuditServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final AuditService service = demo.hub.service(AuditService.class);

    /** Two changes at Coventry, one at Gateshead, through the service that audits them. */
    private void changesAtBothCouncils() {
        ResponseService responses = demo.hub.service(ResponseService.class);
        responses.respond(
                COVENTRY_EDITOR,
                demo.coventryRecommendation(0).id(),
                new ResponseCommand(Acceptance.ACCEPTED, "First.", null));
        responses.respond(
                GATESHEAD_EDITOR,
                demo.gatesheadRecommendation(0).id(),
                new ResponseCommand(Acceptance.ACCEPTED, "Gateshead's.", null));
        responses.respond(
                COVENTRY_EDITOR,
                demo.coventryRecommendation(0).id(),
                new ResponseCommand(Acceptance.NOT_ACCEPTED, "Second.", 1L));
    }

    @Test
    void aCouncilsUsersReadOnlyItsOwnTrailNewestFirst() {
        changesAtBothCouncils();

        List<AuditEntryView> trail = service.trailOf(COVENTRY_VIEWER, Demo.COVENTRY);

        assertEquals(
                List.of("response.revised", "response.created"),
                trail.stream().map(AuditEntryView::action).toList());
        assertEquals(
                List.of(Demo.COVENTRY),
                trail.stream().map(AuditEntryView::councilCode).distinct().toList());
    }

    @Test
    void theAdviserOfTheRegionReadsTheTrail() {
        changesAtBothCouncils();

        assertEquals(1, service.trailOf(NORTH_EAST_ADVISER, Demo.GATESHEAD).size());
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        changesAtBothCouncils();

        expect.refusedAsNotVisible(() -> service.trailOf(GATESHEAD_EDITOR, Demo.COVENTRY));
        expect.refusedAsNotVisible(() -> service.trailOf(WEST_MIDLANDS_ADVISER, Demo.GATESHEAD));
    }
}
