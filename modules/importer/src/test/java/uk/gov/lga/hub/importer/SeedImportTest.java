package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.importer.report.ReportDraft;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseMatcher;
import uk.gov.lga.hub.importer.response.ResponseTableDraft;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/**
 * The seeds themselves: Coventry's 2024 report (002), its Appendix B (004), and the 2018 recommendations in the
 * minutes (003), copied unchanged into src/test/resources/seeds.
 */
class SeedImportTest {

    /** What the report's Word cover prints; the seed's text export starts after the cover. */
    private static final String COVER =
            "Corporate Peer Challenge\nCoventry City Council\n15 – 18 January 2024\n" + "Feedback report\n";

    static String seed(String name) throws IOException {
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCoventryReportImportsWithItsTenRecommendationsExactlyAsPrinted() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("report-2024.txt"));
        assertEquals(
                List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"),
                draft.recommendations().stream()
                        .map(ReportDraft.RecommendationDraft::number)
                        .toList());
        assertEquals(
                List.of(
                        "City Centre masterplan",
                        "One Coventry Plan",
                        "Employees",
                        "Medium Term Financial Strategy",
                        "Financial accounts",
                        "Transformation programme",
                        "Communications",
                        "Performance management",
                        "Member training",
                        "Workforce Diversity"),
                draft.recommendations().stream()
                        .map(ReportDraft.RecommendationDraft::title)
                        .toList());
        assertEquals(
                List.of(
                        "The council should continue to work at pace to develop a city centre masterplan with the support and"
                                + " involvement of partners.",
                        "The next iteration of the One Coventry plan needs to include a corporate delivery plan supported by"
                                + " consistently developed service plans and should include a review of the corporate strategy"
                                + " framework to ensure strategies are linked and gaps are identified.",
                        "The council has rich data from the recent workforce survey and should develop actions to address the"
                                + " issues it highlights. A key element of this would be ensuring there is further support for"
                                + " the employee networks.",
                        "Future financial modelling within the MTFS should consider the full impact and risk of key underlying"
                                + " assumptions e.g. demographic change, inflation, and policy on issues such as real living"
                                + " wage.",
                        "The council should make swift progress to sign off and publish their outstanding financial accounts.",
                        "The transformation programme is at a very early stage of development, and the council should focus on"
                                + " rapid engagement and mobilisation of the right skills, capacity and capability needed to"
                                + " deliver.",
                        "The council should develop a refreshed external communication strategy.",
                        "The council should use the established performance framework to drive improvement and bring greater"
                                + " prioritisation and visibility to areas that require improvement.",
                        "Members are keen to engage with opportunities for training and development and the council should"
                                + " review barriers to take up of the current offer and how these can be addressed.",
                        "The council should take further steps to improve diversity across the organisation at all levels."),
                draft.recommendations().stream()
                        .map(ReportDraft.RecommendationDraft::text)
                        .toList());
        assertTrue(
                draft.doubts().stream().noneMatch(d -> d.field().startsWith("recommendation")),
                draft.doubts().toString());
    }

    @Test
    void theCoventryReportGivesTheSixPeersThemesExtraScopeAndSummary() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("report-2024.txt"));
        assertEquals(
                List.of(
                        new ReportDraft.PeerDraft("Pam Smith", "CEX", "Newcastle City Council", "LEAD_PEER", null),
                        new ReportDraft.PeerDraft("Cllr Eamonn O’Brien", "Leader", "Bury Council", "MEMBER_PEER", null),
                        new ReportDraft.PeerDraft(
                                "Rupa Raghwani",
                                "Director of Finance & Procurement – Financial Control and"
                                        + " Interim Chief Financial Officer",
                                "LB Hounslow",
                                "OFFICER_PEER",
                                null),
                        new ReportDraft.PeerDraft(
                                "James Partis",
                                "Assistant Chief Executive - Chief Transformation Officer",
                                "LB Newham",
                                "OFFICER_PEER",
                                null),
                        new ReportDraft.PeerDraft(
                                "Tinu Olowe",
                                "Director, Human Resources & Organisational Design",
                                "Enfield Council",
                                "OFFICER_PEER",
                                null),
                        new ReportDraft.PeerDraft(
                                "Eamon Lally", "Peer Challenge Manager", "LGA", "PEER_CHALLENGE_MANAGER", null)),
                draft.peers());
        assertEquals(
                List.of(
                        "Local priorities and outcomes",
                        "Organisational and place leadership",
                        "Governance and culture",
                        "Financial planning and management",
                        "Capacity for improvement"),
                draft.coreThemes());
        assertEquals(List.of("Transformation"), draft.extraScope());
        assertTrue(draft.executiveSummary().startsWith("Coventry is an ambitious place that is on the up"));
        assertTrue(
                draft.executiveSummary().contains("\n\nCoventry has rebounded quickly post covid"),
                "paragraphs are kept apart");
        assertFalse(draft.executiveSummary().contains("[bookmark"), "export noise is gone");
        assertFalse(draft.executiveSummary().contains("Key recommendations"), "the summary stops at the next section");
    }

    @Test
    void whatTheCoventryTextDoesNotSayIsShownAsADoubtNotGuessed() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("report-2024.txt"));
        assertNull(draft.onSiteStart(), "the text export has no cover page, so no on-site dates");
        assertTrue(
                draft.doubts().stream().anyMatch(d -> d.field().equals("on-site dates")),
                draft.doubts().toString());
        assertEquals("Coventry", draft.councilName());
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d ->
                                d.field().equals("council") && d.sourceText().contains("onsite at Coventry")),
                draft.doubts().toString());
    }

    @Test
    void theCoventryReportWithItsCoverGivesTheCouncilAndTheOnSiteDates() throws Exception {
        ReportDraft draft = ReportParser.parseText(COVER + seed("report-2024.txt"));
        assertEquals("Coventry City Council", draft.councilName());
        assertEquals(LocalDate.of(2024, 1, 15), draft.onSiteStart());
        assertEquals(LocalDate.of(2024, 1, 18), draft.onSiteEnd());
        assertEquals(List.of(), draft.doubts(), "with its cover the report is read without doubts");
        assertEquals(10, draft.recommendations().size());
    }

    @Test
    void theReportAsAWordFileReadsTheSameAsItsTextExport() throws Exception {
        String text = COVER + seed("report-2024.txt");
        Docx docx = new Docx();
        text.lines().forEach(docx::paragraph);
        assertEquals(
                ReportParser.parseText(text),
                ReportParser.parseDocx(docx.bytes()),
                "one line model, one parser: the same paragraphs give the same draft");
    }

    @Test
    void appendixBGivesTenResponsesMatchedToRecommendationsTwoPointOneToTwoPointTen() throws Exception {
        ReportDraft report = ReportParser.parseText(seed("report-2024.txt"));
        List<ResponseMatcher.Known> known = report.recommendations().stream()
                .map(r -> new ResponseMatcher.Known(
                        Long.parseLong(r.number().replace(".", "")), r.number(), r.title(), r.text()))
                .toList();
        ResponseTableDraft table = ResponseTableParser.parseText(seed("appendix-b-2024.txt"));
        assertEquals(10, table.rows().size());
        assertEquals(List.of(), table.doubts());
        List<ResponseMatcher.Match> matches = ResponseMatcher.match(table.rows(), known);
        assertEquals(
                List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"),
                matches.stream().map(m -> m.recommendation().number()).toList());
        assertTrue(
                matches.stream().allMatch(m -> m.confidence() == ResponseMatcher.Confidence.TITLE),
                matches.stream().map(ResponseMatcher.Match::confidence).toList().toString());
        assertEquals(List.of(), ResponseMatcher.unanswered(matches, known));
        assertTrue(matches.get(0)
                .row()
                .response()
                .startsWith("In February 2024 we began work on our City Centre" + " Vision 2050"));
        assertTrue(matches.get(2).row().response().contains("will be available in September 2024"));
        assertTrue(matches.get(9).row().response().contains("first race equality action plan"));
        assertTrue(
                matches.get(3).row().response().endsWith("whether further evidenced based assumptions can be used."),
                "a response carried over two lines of the export is whole: "
                        + matches.get(3).row().response());
        assertTrue(
                matches.get(3)
                        .row()
                        .recommendation()
                        .endsWith("within the MTFs should consider the full impact and"
                                + " risk of key underlying assumptions e.g. demographic change, inflation, and policy on issues such as"
                                + " real living wage."),
                matches.get(3).row().recommendation());
        assertTrue(
                matches.get(7).row().response().contains("following areas:\n- A review of corporate performance"),
                "a list after a paragraph starts on its own line: "
                        + matches.get(7).row().response());
        assertTrue(
                table.rows().stream()
                        .noneMatch(r ->
                                r.response().contains("<") || r.recommendation().contains("<")),
                "no HTML is left");
    }

    @Test
    void theTwoThousandAndEighteenRecommendationsAToJImportFromTheMinutes() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("minutes-2018.txt"));
        assertEquals(
                List.of("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"),
                draft.recommendations().stream()
                        .map(ReportDraft.RecommendationDraft::number)
                        .toList());
        assertEquals(
                "Prioritising action to tackle homelessness by:\nReplacing expensive bed and breakfast with cheaper"
                        + " temporary accommodation options\nIncreasing the supply of social rented and affordable private rented"
                        + " accommodation so it exceeds projected temporary accommodation demand\nMaking greater use of peer or"
                        + " external challenge to continue to develop our response",
                draft.recommendations().get(0).text());
        assertEquals(
                "Prioritising action to tackle homelessness by",
                draft.recommendations().get(0).title());
        assertEquals(
                "Strengthening delivery of the change programme to support the transformation agenda.",
                draft.recommendations().get(9).text());
        assertEquals(
                "Driving the digital agenda harder and faster",
                draft.recommendations().get(4).title());
        assertEquals(
                10,
                draft.doubts().stream()
                        .filter(d -> d.reason().startsWith("No title is printed"))
                        .count(),
                "minutes print no titles, so each stand-in title is flagged");
        assertEquals(LocalDate.of(2018, 10, 9), draft.onSiteStart());
        assertEquals(LocalDate.of(2018, 10, 12), draft.onSiteEnd());
        assertTrue(
                draft.extraScope().contains("readiness for UK City of Culture 2021"),
                draft.extraScope().toString());
    }
}
