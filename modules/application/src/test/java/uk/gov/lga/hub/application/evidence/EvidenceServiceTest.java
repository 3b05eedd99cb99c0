package uk.gov.lga.hub.application.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.COVENTRY_VIEWER;
import static uk.gov.lga.hub.application.fakes.People.GATESHEAD_EDITOR;
import static uk.gov.lga.hub.application.fakes.People.NORTH_EAST_ADVISER;
import static uk.gov.lga.hub.application.fakes.People.WEST_MIDLANDS_ADVISER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.fakes.Demo;
import uk.gov.lga.hub.application.fakes.HubAssertions;
import uk.gov.lga.hub.domain.audit.AuditEvent;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.evidence.EvidenceTarget;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

class EvidenceServiceTest {

    private static final byte[] PDF = "%PDF-1.7 minutes".getBytes(StandardCharsets.US_ASCII);

    private final Demo demo = Demo.create();
    private final HubAssertions expect = new HubAssertions(demo.hub);
    private final EvidenceService service = demo.hub.service(EvidenceService.class);
    private final KeyRecommendation cityCentre = demo.coventryRecommendation(0);
    private final long coventry = demo.coventryChallenge.id();
    private final EvidenceService.Attachment toResponse = new EvidenceService.Attachment(cityCentre.id(), null, null);

    private EvidenceView cabinetReport() {
        demo.respond(cityCentre, "We accept it.");
        return service.addLink(
                COVENTRY_EDITOR,
                toResponse,
                new EvidenceService.LinkCommand("Cabinet report", "https://coventry.gov.uk/cabinet"));
    }

    @Test
    void anEditorLinksEvidenceToTheResponseWithOneAuditEntry() {
        EvidenceView added = cabinetReport();

        assertEquals(EvidenceTarget.RESPONSE, added.attachedTo());
        assertEquals(demo.hub.responses().get(0).id(), added.attachedId());
        assertEquals(1, added.version());
        AuditEvent entry = expect.oneEntry(Demo.COVENTRY, "coventry-editor", "evidence.added");
        assertEquals("evidence \"Cabinet report\" (challenge " + coventry + ")", entry.subject());
        assertTrue(entry.after().contains("https://coventry.gov.uk/cabinet"), entry.after());
    }

    @Test
    void evidenceBeforeTheResponseIsRefusedAsNotFound() {
        expect.refusedAsNotFound(() -> service.addLink(
                COVENTRY_EDITOR,
                toResponse,
                new EvidenceService.LinkCommand("Too early", "https://coventry.gov.uk/x")));
        assertTrue(demo.hub.evidence().isEmpty());
    }

    @Test
    void aNewVersionFollowsTheLatestKeepsTheEarlierAndIsAuditedWithBoth() {
        EvidenceView first = cabinetReport();

        EvidenceView second = service.addLinkVersion(
                COVENTRY_EDITOR,
                coventry,
                first.id(),
                new EvidenceService.LinkCommand(null, "https://coventry.gov.uk/cabinet-v2"));

        assertEquals(2, second.version());
        assertEquals(first.lineage(), second.lineage());
        assertEquals(
                2, service.versions(WEST_MIDLANDS_ADVISER, coventry, first.id()).size());
        AuditEvent entry = demo.hub.audit().get(1);
        assertEquals("evidence.new-version", entry.action());
        assertTrue(entry.before().contains("cabinet\"") && entry.after().contains("cabinet-v2"), entry.after());
    }

    @Test
    void aFileIsStoredWithItsBytesAndDownloadedByReaders() {
        demo.respond(cityCentre, "We accept it.");

        EvidenceView file =
                service.addFile(COVENTRY_EDITOR, toResponse, "Minutes", "minutes.pdf", new ByteArrayInputStream(PDF));

        assertEquals("application/pdf", file.contentType());
        assertArrayEquals(
                PDF, service.download(COVENTRY_VIEWER, coventry, file.id()).content());
        expect.oneEntry(Demo.COVENTRY, "coventry-editor", "evidence.added");
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefusedBeforeAnythingIsStored() {
        demo.respond(cityCentre, "We accept it.");
        int entered = demo.hub.scope.entered().size();

        assertThrows(
                DomainRuleViolation.class,
                () -> service.addFile(
                        COVENTRY_EDITOR,
                        toResponse,
                        "Minutes",
                        "minutes.pdf",
                        new ByteArrayInputStream("not a pdf".getBytes(StandardCharsets.US_ASCII))));

        assertEquals(entered, demo.hub.scope.entered().size(), "refused before the council's data was entered");
        assertTrue(demo.hub.evidence().isEmpty());
        expect.nothingAudited();
    }

    @Test
    void aViewerMayNotAddEvidence() {
        demo.respond(cityCentre, "We accept it.");

        expect.refusedAsDenied(() -> service.addLink(
                COVENTRY_VIEWER, toResponse, new EvidenceService.LinkCommand("No", "https://coventry.gov.uk/x")));
    }

    @Test
    void anotherCouncilsEditorAndAnotherRegionsAdviserAreToldThereIsNothingThere() {
        EvidenceView first = cabinetReport();

        expect.refusedAsNotVisible(() -> service.addLinkVersion(
                GATESHEAD_EDITOR,
                coventry,
                first.id(),
                new EvidenceService.LinkCommand(null, "https://gateshead.gov.uk/x")));
        expect.refusedAsNotVisible(() -> service.download(NORTH_EAST_ADVISER, coventry, first.id()));
    }

    @Test
    void evidenceNamedUnderAnotherChallengeIsNotFound() {
        EvidenceView first = cabinetReport();

        expect.refusedAsNotFound(() -> service.versions(GATESHEAD_EDITOR, demo.gatesheadChallenge.id(), first.id()));
    }
}
