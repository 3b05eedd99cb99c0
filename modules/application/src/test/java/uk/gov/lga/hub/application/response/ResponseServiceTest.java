package uk.gov.lga.hub.application.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.CouncilResponse;

class ResponseServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ResponseService service = demo.hub.service(ResponseService.class);
    private final KeyRecommendation cityCentre = demo.coventryRecommendation(0);

    private static ResponseCommand partly(String narrative, Long version) {
        return new ResponseCommand(Acceptance.PARTIALLY_ACCEPTED, narrative, version);
    }

    @Test
    void anEditorRecordsTheFirstResponseInTheirCouncilsScopeWithOneAuditEntry() {
        ResponseView saved = service.respond(COVENTRY_EDITOR, cityCentre.id(), partly("We will, in part.", null));

        assertEquals(Demo.COVENTRY, saved.councilCode());
        assertEquals(1, saved.version());
        assertEquals(java.util.List.of(Demo.COVENTRY), demo.hub.scope.councilsEntered());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "response.created");
        assertEquals("recommendation 2.1 of challenge " + demo.coventryChallenge.id(), entry.subject());
        assertNull(entry.before());
        assertTrue(
                entry.after().contains("PARTIALLY_ACCEPTED") && entry.after().contains("We will, in part."),
                entry.after());
    }

    @Test
    void aRevisionQuotingTheCurrentVersionIsSavedAndAuditedWithBeforeAndAfter() {
        CouncilResponse response = demo.respond(cityCentre, "We accept it.");

        ResponseView revised = service.respond(COVENTRY_EDITOR, cityCentre.id(), partly("Only in part.", 1L));

        assertEquals(2, revised.version());
        assertEquals("Only in part.", response.narrative());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "response.revised");
        assertTrue(entry.before().contains("We accept it."), entry.before());
        assertTrue(entry.after().contains("Only in part."), entry.after());
    }

    @Test
    void aRevisionQuotingAnOldVersionIsRefusedWithTheCurrentResponseAndChangesNothing() {
        CouncilResponse response = demo.respond(cityCentre, "A colleague's words.");
        demo.hub.setVersion(response, 3);

        ResponseView current = expect.refusedAsStale(
                ResponseView.class, () -> service.respond(COVENTRY_EDITOR, cityCentre.id(), partly("Mine.", 2L)));

        assertEquals("A colleague's words.", current.narrative());
        assertEquals(3, current.version());
        assertEquals("A colleague's words.", response.narrative());
        assertEquals(Acceptance.ACCEPTED, response.acceptance());
    }

    @Test
    void aFirstResponseQuotingAVersionIsStaleBecauseTheResponseNoLongerExists() {
        StaleRecord stale = assertThrows(
                StaleRecord.class, () -> service.respond(COVENTRY_EDITOR, cityCentre.id(), partly("Mine.", 4L)));

        assertNull(stale.current());
        assertTrue(demo.hub.responses().isEmpty());
        expect.nothingAudited();
    }

    @Test
    void anEditorOfAnotherCouncilIsToldThereIsNothingThere() {
        expect.refusedAsNotVisible(() -> service.respond(GATESHEAD_EDITOR, cityCentre.id(), partly("No.", null)));
        expect.refusedAsNotVisible(() -> service.responseTo(GATESHEAD_EDITOR, cityCentre.id()));
        assertTrue(demo.hub.responses().isEmpty());
    }

    @Test
    void aViewerOfTheCouncilReadsItsResponsesButMayNotRespond() {
        demo.respond(cityCentre, "We accept it.");

        assertEquals(
                "We accept it.",
                service.responseTo(COVENTRY_VIEWER, cityCentre.id()).narrative());
        expect.refusedAsDenied(() -> service.respond(COVENTRY_VIEWER, cityCentre.id(), partly("No.", 1L)));
    }

    @Test
    void theAdviserOfTheCouncilsRegionAndTheManagerReadButMayNotRespond() {
        demo.respond(cityCentre, "We accept it.");

        assertEquals(
                1,
                service.responsesTo(WEST_MIDLANDS_ADVISER, demo.coventryChallenge.id())
                        .size());
        assertEquals(
                1, service.responsesTo(MANAGER, demo.coventryChallenge.id()).size());
        expect.refusedAsDenied(() -> service.respond(WEST_MIDLANDS_ADVISER, cityCentre.id(), partly("x", 1L)));
        expect.refusedAsDenied(() -> service.respond(MANAGER, cityCentre.id(), partly("x", 1L)));
    }

    @Test
    void anAdviserOfAnotherRegionIsToldThereIsNothingThere() {
        expect.refusedAsNotVisible(() -> service.responsesTo(NORTH_EAST_ADVISER, demo.coventryChallenge.id()));
    }

    @Test
    void aCouncilSeesOnlyItsOwnResponses() {
        demo.respond(cityCentre, "Coventry's answer.");
        demo.respond(demo.gatesheadRecommendation(0), "Gateshead's answer.");

        assertEquals(
                java.util.List.of("Coventry's answer."),
                service.responsesTo(COVENTRY_VIEWER, demo.coventryChallenge.id()).stream()
                        .map(ResponseView::narrative)
                        .toList());
    }
}
