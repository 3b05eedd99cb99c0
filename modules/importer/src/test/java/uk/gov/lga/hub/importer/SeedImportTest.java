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

/** The seeds themselves: Coventry's 2024 report, its Appendix B, and the 2018 recommendations in the minutes. */
class SeedImportTest {

    static String seed(String name) throws IOException {
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theCoventryReportImportsWithItsTenRecommendationsExactlyAsPrinted() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("report-2024.txt"), ImportProgress.NONE);
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"),
                draft.recommendations().stream().map(ReportDraft.RecommendationDraft::number).toList());
        assertEquals(List.of("City Centre masterplan", "One Coventry Plan", "Employees", "Medium Term Financial Strategy",
                        "Financial accounts", "Transformation programme", "Communications", "Performance management",
                        "Member training", "Workforce Diversity"),
                draft.recommendations().stream().map(ReportDraft.RecommendationDraft::title).toList());
        assertEquals("The council should continue to work at pace to develop a city centre masterplan with the support"
                + " and involvement of partners.", draft.recommendations().get(0).text());
        assertEquals("The council should take further steps to improve diversity across the organisation at all"
                + " levels.", draft.recommendations().get(9).text());
        assertEquals("The council should use the established performance framework to drive improvement and bring"
                + " greater prioritisation and visibility to areas that require improvement.",
                draft.recommendations().get(7).text());
        assertTrue(draft.recommendations().stream().noneMatch(r -> r.text().contains("[bookmark")
                || r.text().isBlank()), "export noise is gone");
    }

    @Test
    void theCoventryReportGivesTheSixPeersThemesAndExtraScope() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("report-2024.txt"), ImportProgress.NONE);
        assertEquals(List.of(
                new ReportDraft.PeerDraft("Pam Smith", "CEX", "Newcastle City Council", "LEAD_PEER", null),
                new ReportDraft.PeerDraft("Cllr Eamonn O’Brien", "Leader", "Bury Council", "MEMBER_PEER", null),
                new ReportDraft.PeerDraft("Rupa Raghwani", "Director of Finance & Procurement – Financial Control and"
                        + " Interim Chief Financial Officer", "LB Hounslow", "OFFICER_PEER", null),
                new ReportDraft.PeerDraft("James Partis", "Assistant Chief Executive - Chief Transformation Officer",
                        "LB Newham", "OFFICER_PEER", null),
                new ReportDraft.PeerDraft("Tinu Olowe", "Director, Human Resources & Organisational Design",
                        "Enfield Council", "OFFICER_PEER", null),
                new ReportDraft.PeerDraft("Eamon Lally", "Peer Challenge Manager", "LGA", "PEER_CHALLENGE_MANAGER", null)),
                draft.peers());
        assertEquals(ReportParser.CORE_THEMES, draft.coreThemes());
        assertEquals(List.of("Transformation"), draft.extraScope());
        assertTrue(draft.executiveSummary().startsWith("Coventry is an ambitious place that is on the up"));
        assertEquals("Coventry", draft.councilName());
    }

    @Test
    void whatTheCoventryTextDoesNotSayIsShownAsADoubtNotGuessed() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("report-2024.txt"), ImportProgress.NONE);
        assertNull(draft.onSiteStart(), "the text export has no cover page, so no on-site dates");
        assertTrue(draft.doubts().stream().anyMatch(d -> d.field().equals("on-site dates")), draft.doubts().toString());
        assertTrue(draft.doubts().stream().anyMatch(d -> d.field().equals("council")
                && d.sourceText().contains("onsite at Coventry")), draft.doubts().toString());
    }

    @Test
    void appendixBGivesTenResponsesMatchedToTheirRecommendations() throws Exception {
        ReportDraft report = ReportParser.parseText(seed("report-2024.txt"), ImportProgress.NONE);
        List<ResponseMatcher.Known> known = report.recommendations().stream().map(r -> new ResponseMatcher.Known(
                Long.parseLong(r.number().replace(".", "")), r.number(), r.title(), r.text())).toList();
        ResponseTableDraft table = ResponseTableParser.parseText(seed("appendix-b-2024.txt"), ImportProgress.NONE);
        assertEquals(10, table.rows().size());
        List<ResponseMatcher.Match> matches = ResponseMatcher.match(table.rows(), known);
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"),
                matches.stream().map(m -> m.recommendation().number()).toList());
        assertTrue(matches.stream().allMatch(m -> m.confidence() == ResponseMatcher.Confidence.TITLE),
                matches.stream().map(ResponseMatcher.Match::confidence).toList().toString());
        assertTrue(matches.get(2).row().response().contains("will be available in September 2024"));
        assertTrue(matches.get(9).row().response().contains("first race equality action plan"));
        assertTrue(matches.get(3).row().response().endsWith("whether further evidenced based assumptions can be used."),
                "a response carried over two lines of the export is whole: " + matches.get(3).row().response());
        assertTrue(matches.get(7).row().response().contains("following areas:\n- A review of corporate performance"),
                "a list after a paragraph starts on its own line: " + matches.get(7).row().response());
        assertFalse(matches.get(0).row().response().contains("<p>"));
    }

    @Test
    void theTwoThousandAndEighteenRecommendationsAToJImportFromTheMinutes() throws Exception {
        ReportDraft draft = ReportParser.parseText(seed("minutes-2018.txt"), ImportProgress.NONE);
        assertEquals(List.of("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"),
                draft.recommendations().stream().map(ReportDraft.RecommendationDraft::number).toList());
        assertEquals("Prioritising action to tackle homelessness by:\nReplacing expensive bed and breakfast with cheaper"
                + " temporary accommodation options\nIncreasing the supply of social rented and affordable private rented"
                + " accommodation so it exceeds projected temporary accommodation demand\nMaking greater use of peer or"
                + " external challenge to continue to develop our response", draft.recommendations().get(0).text());
        assertEquals("Strengthening delivery of the change programme to support the transformation agenda.",
                draft.recommendations().get(9).text());
        assertEquals(LocalDate.of(2018, 10, 9), draft.onSiteStart());
        assertEquals(LocalDate.of(2018, 10, 12), draft.onSiteEnd());
    }
}
