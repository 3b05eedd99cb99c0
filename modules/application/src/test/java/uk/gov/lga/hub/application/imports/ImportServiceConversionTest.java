package uk.gov.lga.hub.application.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.fakes.InMemoryHub;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.importer.NotAReport;

/** The importer stays behind the service: its drafts arrive as read models, its refusals as {@link NotImportable}. */
class ImportServiceConversionTest {

    private static final Caller MANAGER =
            new Caller("pcm", Set.of(Role.PEER_CHALLENGE_MANAGER), Optional.empty(), Optional.empty());

    private final ImportService service = new ImportService();

    ImportServiceConversionTest() {
        ImportLimits limits = new ImportLimits();
        limits.maxBytes = 5_242_880;
        limits.maxTextBytes = 2_097_152;
        limits.maxExpandedBytes = 52_428_800;
        limits.maxZipEntries = 1000;
        service.limits = limits;
        service.councils = new InMemoryHub().service(CouncilDirectory.class);
    }

    @Test
    void aReportIsReadIntoTheApplicationsOwnDraftWithProgress() {
        String report = """
                Corporate Peer Challenge
                Anytown Borough Council
                14 – 16 May 2024
                Feedback report

                Key recommendations
                1. Agree a medium-term financial strategy
                The council should agree a strategy.
                2. Strengthen scrutiny
                Scrutiny should be strengthened.
                """;
        List<String> steps = new ArrayList<>();
        ReportDraftView draft =
                service.readReport(MANAGER, "report.txt", text(report), (what, done, total) -> steps.add(what));
        assertEquals(2, draft.recommendations().size(), draft.toString());
        assertEquals("Strengthen scrutiny", draft.recommendations().get(1).title());
        assertTrue(!steps.isEmpty(), "the page is told how far the import has got");
    }

    @Test
    void aFileThatIsNotAReportIsRefusedAsNotImportableWithTheImportersExplanation() {
        NotImportable refused = assertThrows(
                NotImportable.class,
                () -> service.readReport(MANAGER, "notes.txt", text("Shopping list: milk, eggs."), ImportSteps.NONE));
        assertInstanceOf(NotAReport.class, refused.getCause());
        assertEquals(refused.getCause().getMessage(), refused.getMessage());
    }

    @Test
    void aFileOfAnotherKindIsRefusedBeforeItIsRead() {
        NotImportable refused = assertThrows(
                NotImportable.class,
                () -> service.readReport(MANAGER, "report.pdf", text("%PDF-1.7"), ImportSteps.NONE));
        assertNull(refused.getCause());
        assertTrue(refused.getMessage().contains("report.pdf"), refused.getMessage());
    }

    private static ByteArrayInputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
