package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import uk.gov.lga.hub.importer.report.ReportDraft;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseTableDraft;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/** Word files built here with POI, numbered the way real reports are, read back as printed. */
class WordNumberingTest {

    private static List<String> numbers(ReportDraft draft) {
        return draft.recommendations().stream().map(ReportDraft.RecommendationDraft::number).toList();
    }

    @Test
    void multiLevelNumberingReadsAsTwoPointOneUnderKeyRecommendations() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1", STNumberFormat.DECIMAL, "%1.%2");
        docx.paragraph("Gateshead Council").paragraph("Corporate Peer Challenge, 3 – 6 March 2025")
                .numbered(list, 0, "Executive summary").paragraph("Gateshead knows its priorities.")
                .numbered(list, 0, "Key recommendations")
                .numbered(list, 1, "Housing delivery").paragraph("Agree a housing delivery plan with partners.")
                .numbered(list, 1, "Member development").paragraph("Review the member development offer.")
                .numbered(list, 0, "Summary of the peer challenge approach");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes(), ImportProgress.NONE);
        assertEquals(List.of("2.1", "2.2"), numbers(draft));
        assertEquals("Housing delivery", draft.recommendations().get(0).title());
        assertEquals("Agree a housing delivery plan with partners.", draft.recommendations().get(0).text());
        assertEquals("Gateshead Council", draft.councilName());
        assertEquals(LocalDate.of(2025, 3, 3), draft.onSiteStart());
        assertEquals(LocalDate.of(2025, 3, 6), draft.onSiteEnd());
        assertEquals("Gateshead knows its priorities.", draft.executiveSummary());
    }

    @Test
    void decimalNumbersUnderARecommendationsHeadingReadAsOneTwoThree() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1.");
        docx.paragraph("On site 30 January – 2 February 2024").heading("Recommendations")
                .numbered(list, 0, "Finance").paragraph("Publish the accounts.")
                .numbered(list, 0, "Scrutiny").paragraph("Strengthen scrutiny.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes(), ImportProgress.NONE);
        assertEquals(List.of("1", "2"), numbers(draft));
        assertEquals(LocalDate.of(2024, 1, 30), draft.onSiteStart());
        assertEquals(LocalDate.of(2024, 2, 2), draft.onSiteEnd());
    }

    @Test
    void lettersReadAsAandBAndSentencesWithoutTitlesAreFlagged() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.LOWER_LETTER, "%1)");
        docx.paragraph("The peer challenge took place between 9th and 12th October 2018.")
                .paragraph("The report made these recommendations:")
                .numbered(list, 0, "Prioritise action to tackle homelessness.")
                .numbered(list, 0, "Drive the digital agenda harder and faster.")
                .paragraph("The Committee noted the progress.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes(), ImportProgress.NONE);
        assertEquals(List.of("a)", "b)"), numbers(draft));
        assertEquals("Drive the digital agenda harder and faster.", draft.recommendations().get(1).text());
        assertTrue(draft.doubts().stream().anyMatch(d -> d.field().equals("recommendation a)")
                && d.sourceText().equals("Prioritise action to tackle homelessness.")), draft.doubts().toString());
    }

    @Test
    void bulletedRecommendationsAreNumberedInOrderAndSaidSo() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.BULLET, "•");
        docx.paragraph("15 – 18 January 2024").heading("Key recommendations")
                .numbered(list, 0, "Communications").paragraph("Refresh the external communication strategy.")
                .numbered(list, 0, "Diversity").paragraph("Improve diversity at all levels.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes(), ImportProgress.NONE);
        assertEquals(List.of("1", "2"), numbers(draft));
        assertTrue(draft.doubts().stream().anyMatch(d -> d.reason().contains("bullet points")));
    }

    @Test
    void exportNoiseIsStrippedAndAStrayLineIsReportedWithItsText() {
        ReportDraft draft = ReportParser.parseText("""
                1 [bookmark: _Toc1]Executive summary
                <p>The council is <b>well run</b> &amp; ambitious.</p>
                2 [bookmark: _Toc2]Key recommendations
                2.1 [bookmark: _Toc3]Finance
                The council should publish its accounts.
                7
                18 Smith Square, London, SW1P 3HZ     www.local.gov.uk
                Something nobody numbered
                2.2 Scrutiny
                Strengthen scrutiny.
                3 Next steps
                """, ImportProgress.NONE);
        assertEquals("The council is well run & ambitious.", draft.executiveSummary());
        assertEquals(List.of("2.1", "2.2"), numbers(draft));
        assertEquals("The council should publish its accounts.\nSomething nobody numbered",
                draft.recommendations().get(0).text(), "page furniture gone; the stray line stays with its item");
    }

    @Test
    void aFileThatIsNotAReportIsRefusedClearly() throws Exception {
        Docx docx = new Docx();
        docx.paragraph("Shopping list").paragraph("Milk").paragraph("Bread");
        NotAReport refused = assertThrows(NotAReport.class, () -> ReportParser.parseDocx(docx.bytes(),
                ImportProgress.NONE));
        assertEquals("This file does not look like an LGA peer challenge feedback report: no recommendations section"
                + " and no on-site dates were found.", refused.getMessage());
        NotAReport binary = assertThrows(NotAReport.class, () -> ReportParser.parseDocx(
                new ByteArrayInputStream(new byte[] {'%', 'P', 'D', 'F', '-', '1'}), ImportProgress.NONE));
        assertTrue(binary.getMessage().startsWith("This file could not be read as a Word document (.docx)."));
        assertThrows(NotAReport.class, () -> ReportParser.parseText("", ImportProgress.NONE));
    }

    @Test
    void aResponseTableInWordGivesOneRowPerRecommendation() throws Exception {
        Docx docx = new Docx();
        docx.paragraph("Appendix B").table(List.of(List.of("No.", "Peer Team Recommendations", "Council Response"),
                List.of("1.", "Finance The council should publish its accounts.", "Published in October 2023."),
                List.of("2.", "Scrutiny Strengthen scrutiny.", "A new scrutiny programme starts in May.")));
        ResponseTableDraft table = ResponseTableParser.parseDocx(docx.bytes(), ImportProgress.NONE);
        assertEquals(2, table.rows().size());
        assertEquals(new ResponseTableDraft.Row("2", "Scrutiny Strengthen scrutiny.",
                "A new scrutiny programme starts in May."), table.rows().get(1));
    }

    @Test
    void progressIsReportedForEachRecommendation() {
        List<String> steps = new java.util.ArrayList<>();
        ReportParser.parseText("Key recommendations\n1. Finance\nPublish.\n2. Scrutiny\nStrengthen.\n",
                (what, done, total) -> steps.add(what + " " + done));
        assertTrue(steps.containsAll(List.of("recommendations 1", "recommendations 2")), steps.toString());
    }
}
