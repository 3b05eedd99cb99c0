package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.importer.response.ResponseMatcher;
import uk.gov.lga.hub.importer.response.ResponseMatcher.Confidence;
import uk.gov.lga.hub.importer.response.ResponseTableDraft;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/** Response tables in Word and as text, and how their rows are matched to the challenge's recommendations. */
class ResponseTableTest {

    private static final List<ResponseMatcher.Known> KNOWN = List.of(
            new ResponseMatcher.Known(11, "2.1", "Finance", "The council should publish its accounts."),
            new ResponseMatcher.Known(12, "2.2", "Scrutiny", "Strengthen scrutiny of the transformation programme."),
            new ResponseMatcher.Known(13, "2.3", "Communications", "Refresh the external communication strategy."));

    @Test
    void aWordTableGivesOneRowPerRecommendationWithItsParagraphsKept() throws Exception {
        Docx docx = new Docx();
        docx.paragraph("Appendix B")
                .table(List.of(
                        List.of("No.", "Peer Team Recommendations", "Council Response"),
                        List.of("1", "Finance The council should publish its accounts.", "Published in October 2023."),
                        List.of(
                                "2.",
                                "Scrutiny\nStrengthen scrutiny.",
                                "A new scrutiny programme starts in May.\nIt" + " reports to Cabinet.")));
        ResponseTableDraft table = ResponseTableParser.parseDocx(docx.bytes());
        assertEquals(
                List.of("1", "2"),
                table.rows().stream().map(ResponseTableDraft.Row::number).toList(),
                "a number column of bare numbers is not mistaken for page numbers");
        assertEquals(
                new ResponseTableDraft.Row(
                        "2",
                        "Scrutiny\nStrengthen scrutiny.",
                        "A new scrutiny programme starts in May.\nIt reports to Cabinet."),
                table.rows().get(1));
    }

    @Test
    void aTwoColumnWordTableWithoutNumbersIsMatchedByTitleAndSaysSo() throws Exception {
        Docx docx = new Docx();
        docx.table(List.of(
                List.of("Recommendation", "Response"),
                List.of("Communications: refresh the strategy", "<p>Approved in May.</p><p>Launched &amp; live.</p>"),
                List.of("2.2 Scrutiny", "Programme agreed.")));
        ResponseTableDraft table = ResponseTableParser.parseDocx(docx.bytes());
        assertEquals(
                List.of("", "2.2"),
                table.rows().stream().map(ResponseTableDraft.Row::number).toList());
        assertEquals("Approved in May.\nLaunched & live.", table.rows().get(0).response());
        assertTrue(
                table.doubts().stream().anyMatch(d -> d.sourceText().equals("Communications: refresh the strategy")));
        List<ResponseMatcher.Match> matches = ResponseMatcher.match(table.rows(), KNOWN);
        assertEquals(
                List.of(13L, 12L),
                matches.stream().map(m -> m.recommendation().id()).toList());
        assertEquals(
                List.of(Confidence.TITLE, Confidence.TITLE),
                matches.stream().map(ResponseMatcher.Match::confidence).toList());
    }

    @Test
    void rowsAreMatchedByTitleThenNumberThenWordsAndTheRestIsKeptUnmatched() {
        ResponseTableDraft table = ResponseTableParser.parseText("""
                No.\tRecommendation\tResponse
                1.\tFinance The council should publish its accounts.\tDone.
                2.\tOur scrutiny arrangements\tAgreed.
                7.\texternal communication strategy refresh\tUnder way.
                9.\tSomething the report never said\tNoted.
                """);
        List<ResponseMatcher.Match> matches = ResponseMatcher.match(table.rows(), KNOWN);
        assertEquals(
                List.of(Confidence.TITLE, Confidence.NUMBER, Confidence.WORDS, Confidence.UNMATCHED),
                matches.stream().map(ResponseMatcher.Match::confidence).toList());
        assertEquals("2.2", matches.get(1).recommendation().number(), "a table's \"2.\" is the report's \"2.2\"");
        assertEquals("2.3", matches.get(2).recommendation().number());
        assertNull(matches.get(3).recommendation());
        assertEquals("Noted.", matches.get(3).row().response(), "an unmatched row is kept with its response");
        assertEquals(List.of(), ResponseMatcher.unanswered(matches, KNOWN));
        assertEquals(List.of(KNOWN.get(2)), ResponseMatcher.unanswered(matches.subList(0, 2), KNOWN));
    }

    @Test
    void aLineOutsideTheRowsAndAnEmptyResponseAreDoubts() {
        ResponseTableDraft table = ResponseTableParser.parseText("""
                Appendix B
                1.\tFinance\tDone.
                Signed off by the Chief Executive
                2.\tScrutiny\t
                """);
        assertEquals(2, table.rows().size());
        assertTrue(
                table.doubts().stream().anyMatch(d -> d.sourceText().equals("Signed off by the Chief Executive")),
                table.doubts().toString());
        assertTrue(
                table.doubts().stream()
                        .anyMatch(d ->
                                d.field().equals("response 2") && d.reason().contains("no response")),
                table.doubts().toString());
    }

    @Test
    void progressIsReportedPerResponse() {
        List<String> steps = new java.util.ArrayList<>();
        ResponseTableParser.parseText(
                "1.\tFinance\tDone.\n2.\tScrutiny\tAgreed.\n",
                (what, done, total) -> steps.add(what + " " + done + "/" + total));
        assertEquals(List.of("responses 1/2", "responses 2/2"), steps);
    }
}
