package uk.gov.lga.hub.application.actionplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;

import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;
import uk.gov.lga.hub.domain.audit.AuditEvent;

class PositionStatementServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final PositionStatementService service = demo.hub.service(PositionStatementService.class);
    private final long coventry = demo.coventryChallenge.id();

    @Test
    void beforeAnySaveReadersSeeADraftAssembledFromThePlan() {
        demo.respond(demo.coventryRecommendation(0), "We accept the City Centre recommendation.");

        PositionStatementView draft = service.statement(COVENTRY_VIEWER, coventry);

        assertFalse(draft.saved());
        assertNull(draft.version());
        assertTrue(draft.body().contains("City Centre"), draft.body());
    }

    @Test
    void theFirstSaveNeedsNoVersionAndIsAuditedWithTheText() {
        PositionStatementView saved = service.save(COVENTRY_EDITOR, coventry, "Our position.", null);

        assertEquals(1L, saved.version());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "position-statement.saved");
        assertNull(entry.before());
        assertEquals("\"Our position.\"", entry.after());
    }

    @Test
    void aFirstSaveQuotingAVersionIsStaleBecauseTheStatementNoLongerExists() {
        assertThrows(StaleRecord.class, () -> service.save(COVENTRY_EDITOR, coventry, "Ours.", 1L));
        assertTrue(demo.hub.statements().isEmpty());
        expect.nothingAudited();
    }

    @Test
    void aSaveQuotingAnOldVersionIsRefusedWithTheCurrentStatementAndChangesNothing() {
        service.save(COVENTRY_EDITOR, coventry, "A colleague's text.", null);
        service.save(COVENTRY_EDITOR, coventry, "A colleague's second text.", 1L);
        PositionStatement statement = demo.hub.statements().get(0);

        PositionStatementView current = expect.refusedAsStale(
                PositionStatementView.class, () -> service.save(COVENTRY_EDITOR, coventry, "Mine.", 1L));

        assertEquals("A colleague's second text.", current.body());
        assertEquals(2L, current.version());
        assertEquals("A colleague's second text.", statement.body());
    }

    @Test
    void aStatementIsSubmittedOnlyOnceSavedAndTheSubmissionIsAudited() {
        expect.refusedAsNotFound(() -> service.submit(COVENTRY_EDITOR, coventry));
        service.save(COVENTRY_EDITOR, coventry, "Our position.", null);

        PositionStatementView submitted = service.submit(COVENTRY_EDITOR, coventry);

        assertEquals("SUBMITTED", submitted.status());
        assertEquals("coventry-editor", submitted.submittedBy());
        AuditEvent last = demo.hub.audit().get(1);
        assertEquals("position-statement.submitted", last.action());
        assertEquals("\"SUBMITTED\"", last.after());
    }

    @Test
    void theManagerAndViewersReadButOnlyTheCouncilsEditorsWrite() {
        service.save(COVENTRY_EDITOR, coventry, "Our position.", null);

        assertEquals("Our position.", service.statement(MANAGER, coventry).body());
        expect.refusedAsDenied(() -> service.save(COVENTRY_VIEWER, coventry, "No.", 1L));
        expect.refusedAsDenied(() -> service.save(MANAGER, coventry, "No.", 1L));
        expect.refusedAsDenied(() -> service.submit(COVENTRY_VIEWER, coventry));
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        expect.refusedAsNotVisible(() -> service.save(GATESHEAD_EDITOR, coventry, "Not ours.", null));
        expect.refusedAsNotVisible(() -> service.statement(NORTH_EAST_ADVISER, coventry));
    }
}
