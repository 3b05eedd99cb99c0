package uk.gov.lga.hub.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.MANAGER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.response.Acceptance;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class ImportServiceTest {

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final ImportService service = demo.hub.service(ImportService.class);
    private final long coventry = demo.coventryChallenge.id();
    private final KeyRecommendation cityCentre = demo.coventryRecommendation(0);
    private final KeyRecommendation workforce = demo.coventryRecommendation(1);

    private static ByteArrayInputStream text(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }

    private static ImportService.ConfirmedResponse accepted(KeyRecommendation r, String narrative, Long version) {
        return new ImportService.ConfirmedResponse(r.id(), Acceptance.ACCEPTED, narrative, version);
    }

    @Test
    void confirmedResponsesAreRecordedAndRevisedTogetherEachWithItsAuditEntry() {
        CouncilResponse existing = demo.respond(workforce, "Before the import.");

        List<ResponseView> saved = service.confirmResponses(
                COVENTRY_EDITOR,
                coventry,
                List.of(accepted(cityCentre, "Imported one.", null), accepted(workforce, "Imported two.", 1L)));

        assertEquals(
                List.of("Imported one.", "Imported two."),
                saved.stream().map(ResponseView::narrative).toList());
        assertEquals("Imported two.", existing.narrative());
        List<AuditEvent> entries = demo.hub.audit();
        assertEquals(2, entries.size());
        assertTrue(entries.stream()
                .allMatch(e -> e.action().equals("response.imported")
                        && e.actor().equals("coventry-editor")
                        && e.councilCode().equals(Demo.COVENTRY)));
        assertNull(entries.get(0).before());
        assertTrue(
                entries.get(1).before().contains("Before the import."),
                entries.get(1).before());
    }

    @Test
    void aRowQuotingAnOldVersionRefusesTheWholeImportWithTheCurrentResponse() {
        CouncilResponse existing = demo.respond(workforce, "A colleague's answer.");
        demo.hub.setVersion(existing, 2);

        ResponseView current = expect.refusedAsStale(
                ResponseView.class,
                () -> service.confirmResponses(
                        COVENTRY_EDITOR,
                        coventry,
                        List.of(accepted(cityCentre, "New.", null), accepted(workforce, "Overwrite.", 1L))));

        assertEquals("A colleague's answer.", current.narrative());
        assertEquals("A colleague's answer.", existing.narrative());
        assertEquals(List.of(existing), demo.hub.responses(), "the row saved before the stale one was rolled back");
    }

    @Test
    void aRecommendationOfAnotherChallengeRefusesTheWholeImport() {
        assertThrows(
                DomainRuleViolation.class,
                () -> service.confirmResponses(
                        COVENTRY_EDITOR,
                        coventry,
                        List.of(
                                accepted(cityCentre, "New.", null),
                                accepted(demo.gatesheadRecommendation(0), "Not ours.", null))));

        assertTrue(demo.hub.responses().isEmpty());
        expect.nothingAudited();
    }

    @Test
    void onlyTheCouncilsEditorsImportItsResponses() {
        List<ImportService.ConfirmedResponse> rows = List.of(accepted(cityCentre, "New.", null));

        expect.refusedAsNotVisible(() -> service.confirmResponses(GATESHEAD_EDITOR, coventry, rows));
        expect.refusedAsNotVisible(() -> service.readResponses(GATESHEAD_EDITOR, coventry, "t.txt", text("1 x")));
        expect.refusedAsDenied(() -> service.confirmResponses(COVENTRY_VIEWER, coventry, rows));
        expect.refusedAsDenied(() -> service.confirmResponses(MANAGER, coventry, rows));
        assertTrue(demo.hub.responses().isEmpty());
    }

    @Test
    void onlyManagersReadReportsAndOnlyWordOrTextFiles() {
        assertThrows(
                uk.gov.lga.hub.application.security.AccessDenied.class,
                () -> service.readReport(COVENTRY_EDITOR, "report.txt", text("Key recommendations"), ImportSteps.NONE));
        assertThrows(
                NotImportable.class, () -> service.readReport(MANAGER, "report.pdf", text("%PDF-"), ImportSteps.NONE));
    }

    @Test
    void readingATableTellsTheVersionEachMatchedResponseMustQuote() {
        CouncilResponse existing = demo.respond(cityCentre, "Already answered.");
        demo.hub.setVersion(existing, 4);

        List<ImportService.ResponseMatch> matches = service.readResponses(
                COVENTRY_EDITOR,
                coventry,
                "table.txt",
                text("2.1\tCity Centre: act on city centre.\tWe will deliver the vision.\n"
                        + "2.2\tWorkforce: act on workforce.\tWe will act on the survey.\n"));

        assertEquals(List.of(Demo.COVENTRY), demo.hub.scope.councilsEntered());
        assertEquals(
                4L,
                matches.stream()
                        .filter(m -> cityCentre.id().equals(m.recommendationId()))
                        .findFirst()
                        .orElseThrow()
                        .responseVersion());
        assertNull(
                matches.stream()
                        .filter(m -> workforce.id().equals(m.recommendationId()))
                        .findFirst()
                        .orElseThrow()
                        .responseVersion(),
                "no response yet: nothing to quote");
        expect.nothingAudited();
    }
}
