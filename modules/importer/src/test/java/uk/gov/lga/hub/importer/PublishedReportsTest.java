package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.importer.report.ReportDraft;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/** Issue 15's rules one by one: the register of councils, truthful and capped doubts, refusals with reasons. */
class PublishedReportsTest {

    private static final String REPORT = """
            Corporate Peer Challenge
            %s
            28 – 31 January 2025
            Executive summary
            The council is well run. It now has an opportunity to be bolder.
            Key recommendations
            1. Housing delivery
            The council should set up a housing company.
            The peer team
            • Victor Osei – Chief Executive, Easterby Borough Council
            • Ben Oduya – Peer Challenge Manager, LGA
            Next steps
            The council will publish the report.
            """;

    @Test
    void theLongestKnownCouncilNameIsChosenWithoutADoubt() {
        ReportDraft draft = ReportParser.parseText(
                REPORT.formatted("North Tarnside Council"),
                List.of("Tarnside Council", "North Tarnside Council", "Easterby Borough Council"));
        assertEquals("North Tarnside Council", draft.councilName());
        assertTrue(
                draft.doubts().stream().noneMatch(d -> d.field().equals("council")),
                draft.doubts().toString());
    }

    @Test
    void aCouncilMissingFromTheRegisterIsKeptAsPrintedWithADoubt() {
        ReportDraft draft = ReportParser.parseText(
                REPORT.formatted("North Tarnside Council"), List.of("Tarnside District Council"));
        assertEquals("North Tarnside Council", draft.councilName());
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("council") && d.reason().contains("not among the known")),
                draft.doubts().toString());
    }

    @Test
    void aPeersOwnCouncilIsNeverTakenForTheReportsCouncil() {
        ReportDraft draft =
                ReportParser.parseText(REPORT.formatted("Feedback report"), List.of("Easterby Borough Council"));
        assertTrue(
                draft.doubts().stream().anyMatch(d -> d.field().equals("council")),
                draft.doubts().toString());
        assertTrue(!"Easterby Borough Council".equals(draft.councilName()), draft.councilName());
    }

    @Test
    void aRecommendationPrintedAsATitleOnlySaysItsTextIsMissing() {
        ReportDraft draft = ReportParser.parseText("""
                Corporate Peer Challenge
                Key recommendations
                • Agree a shared vision with partners
                • Review the capital programme
                The sections below explain these recommendations.
                Next steps
                The LGA will be in touch.
                """);
        assertEquals(
                List.of("", ""),
                draft.recommendations().stream().map(r -> r.text()).toList());
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("recommendation 1")
                                && d.reason().contains("its text is missing")
                                && d.sourceText().equals("Agree a shared vision with partners")),
                draft.doubts().toString());
        assertTrue(draft.doubts().stream().noneMatch(d -> d.reason().contains("No title is printed")));
    }

    @Test
    void hundredsOfDoubtsAreCappedAndTheRestCountedByField() {
        List<Doubt> many = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            many.add(new Doubt(i % 2 == 0 ? "peer team" : "recommendations", "reason " + i, "line " + i));
        }
        List<Doubt> capped = Doubt.capped(many, 30);
        assertTrue(capped.size() <= 30, capped.size() + " doubts");
        assertTrue(
                capped.stream().anyMatch(d -> d.reason().startsWith("90 more doubts about peer team")),
                capped.toString());
        assertTrue(capped.stream().anyMatch(d -> d.reason().startsWith("90 more doubts about recommendations")));
    }

    @Test
    void programSourceIsRefusedAndTheReasonSaysSo() throws Exception {
        String source = Files.readString(Path.of("src/test/java/uk/gov/lga/hub/importer/SeedImportTest.java"));
        NotAReport refused = assertThrows(NotAReport.class, () -> ReportParser.parseText(source));
        assertTrue(refused.getMessage().contains("program source code"), refused.getMessage());
    }

    @Test
    void aResponseTableIsRefusedAsAReportAndAReportAsAResponseTable() throws Exception {
        NotAReport table = assertThrows(
                NotAReport.class, () -> ReportParser.parseText(SeedImportTest.seed("appendix-b-2024.txt")));
        assertTrue(table.getMessage().contains("response table"), table.getMessage());
        NotAReport report = assertThrows(
                NotAReport.class, () -> ResponseTableParser.parseText(SeedImportTest.seed("report-2024.txt")));
        assertTrue(report.getMessage().contains("Import it as a report"), report.getMessage());
    }

    @Test
    void shuffledWordsAreRefusedForNotBeingSentences() throws Exception {
        NotAReport refused = assertThrows(
                NotAReport.class, () -> ReportParser.parseText(WordSalad.words(CorpusDocument.all(), 50_000)));
        assertTrue(refused.getMessage().contains("not in sentences"), refused.getMessage());
    }

    @Test
    void aPressReleaseAboutTheChallengeIsNoReport() throws Exception {
        NotAReport refused = assertThrows(
                NotAReport.class,
                () -> ReportParser.parseText(CorpusDocument.notReports().get("press-release.txt")));
        assertTrue(refused.getMessage().contains("no recommendations listed"), refused.getMessage());
    }

    @Test
    void aThemeIsNotInferredFromLooseWordsInPassing() {
        ReportDraft draft = ReportParser.parseText(REPORT.formatted("North Tarnside Council")
                + "The council has improved its financial planning over the last two years, the peer team heard.\n");
        assertTrue(
                !draft.coreThemes().contains("Financial planning and management"),
                draft.coreThemes().toString());
        assertTrue(
                draft.doubts().stream().noneMatch(d -> d.field().equals("core themes")),
                draft.doubts().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"press-release-2024.txt", "cabinet-minutes-2025.txt"})
    void theSeedsThatAreNoReportAreRefused(String seed) throws Exception {
        NotAReport refused = assertThrows(NotAReport.class, () -> ReportParser.parseText(SeedImportTest.seed(seed)));
        assertTrue(refused.getMessage().startsWith("This file does not look like"), refused.getMessage());
    }
}
