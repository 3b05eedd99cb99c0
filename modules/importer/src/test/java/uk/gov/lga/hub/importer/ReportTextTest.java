package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.lga.hub.importer.report.ReportDraft;
import uk.gov.lga.hub.importer.report.ReportParser;

/** Reports given as text: dates, numbering, themes, peers, export noise, and what is said as a doubt. */
class ReportTextTest {

    /** A section after the recommendations: a report has several sections and names the LGA (see ReportGate). */
    private static final String NEXT_STEPS = "Next steps\nThe LGA will be in touch.\n";

    private static final String ONE_RECOMMENDATION =
            "\nKey recommendations\n1. Finance\nPublish the accounts.\n" + NEXT_STEPS;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "15 – 18 January 2024|2024-01-15|2024-01-18",
                "15-18 January 2024|2024-01-15|2024-01-18",
                "15 to 18 January 2024|2024-01-15|2024-01-18",
                "15 — 18 Jan 2024|2024-01-15|2024-01-18",
                "9th – 12th October 2018|2018-10-09|2018-10-12",
                "between 9th and 12th October 2018|2018-10-09|2018-10-12",
                "30 January – 2 February 2024|2024-01-30|2024-02-02",
                "30 December 2024 – 2 January 2025|2024-12-30|2025-01-02"
            })
    void onSiteDatesAreReadAsReportsWriteThem(String printed, LocalDate start, LocalDate end) {
        ReportDraft draft = ReportParser.parseText("Corporate Peer Challenge\n" + printed + ONE_RECOMMENDATION);
        assertEquals(start, draft.onSiteStart());
        assertEquals(end, draft.onSiteEnd());
        assertTrue(
                draft.doubts().stream().noneMatch(d -> d.field().equals("on-site dates")),
                draft.doubts().toString());
    }

    @Test
    void datesFoundOnlyInPassingAreKeptButDoubted() {
        ReportDraft draft = ReportParser.parseText("The budget consultation ran for a long time and the council held"
                + " several drop-in sessions for residents, the last of them on 3 – 5 March 2024 at the library."
                + ONE_RECOMMENDATION);
        assertEquals(LocalDate.of(2024, 3, 3), draft.onSiteStart());
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("on-site dates")
                                && d.sourceText().contains("3 – 5 March 2024")),
                draft.doubts().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1.", "1)", "(1)", "a)", "(a)", "a.", "i.", "2.1"})
    void eachNumberingStyleInTextIsARecommendation(String first) {
        String second = switch (first) {
            case "1." -> "2.";
            case "1)" -> "2)";
            case "(1)" -> "(2)";
            case "a)" -> "b)";
            case "(a)" -> "(b)";
            case "a." -> "b.";
            case "i." -> "ii.";
            default -> "2.2";
        };
        ReportDraft draft = ReportParser.parseText("Recommendations\n" + first + " Finance\nPublish the accounts.\n"
                + second + " Scrutiny\nStrengthen scrutiny.\n3 Next steps\nThe LGA will be in touch.\n");
        assertEquals(
                List.of(first.replaceAll("[.]$", ""), second.replaceAll("[.]$", "")), WordNumberingTest.numbers(draft));
        assertEquals(List.of("Finance", "Scrutiny"), WordNumberingTest.titles(draft));
        assertEquals("Strengthen scrutiny.", draft.recommendations().get(1).text());
    }

    @Test
    void aTitleAndTextOnOneLineAreSplitAtTheColon() {
        ReportDraft draft = ReportParser.parseText("Key recommendations\n1. Financial accounts: The council should"
                + " publish its accounts.\n2. Scrutiny – Members should strengthen scrutiny.\n" + NEXT_STEPS);
        assertEquals(List.of("Financial accounts", "Scrutiny"), WordNumberingTest.titles(draft));
        assertEquals(
                "Members should strengthen scrutiny.",
                draft.recommendations().get(1).text());
        assertTrue(
                draft.doubts().stream().noneMatch(d -> d.field().startsWith("recommendation ")),
                draft.doubts().toString());
    }

    @Test
    void exportNoiseIsStripped() {
        ReportDraft draft = ReportParser.parseText("""
                1 [bookmark: _Toc1]Executive summary
                <p>The council is <b>well run</b> &amp; ambitious&nbsp;&#8211; and &quot;proud&quot;.</p><p>Second.</p>
                2 [bookmark: _Toc2]Key recommendations
                2.1 [bookmark: _Toc3]Finance
                [bookmark: _Hlk1]The council should publish its accounts.
                7
                Page 3 of 12
                18 Smith Square, London, SW1P 3HZ     www.local.gov.uk
                Chief Executive: Mark Lloyd
                Local Government Association company number 11177145
                2.2 Scrutiny
                Strengthen scrutiny.
                3 Next steps
                """);
        assertEquals("The council is well run & ambitious – and \"proud\".\nSecond.", draft.executiveSummary());
        assertEquals(List.of("2.1", "2.2"), WordNumberingTest.numbers(draft));
        assertEquals(
                "The council should publish its accounts.",
                draft.recommendations().get(0).text(),
                "page numbers, the letterhead footer and bookmarks are gone");
    }

    @Test
    void aParagraphBetweenOneSentenceRecommendationsIsKeptWithADoubt() {
        ReportDraft draft = ReportParser.parseText("""
                Recommendations
                a) Publish the accounts for 2020/21 before the backstop date.
                The auditor has offered to help with this.
                b) Strengthen scrutiny of the transformation programme.
                The Committee noted the report.
                """ + NEXT_STEPS);
        assertEquals(List.of("a)", "b)"), WordNumberingTest.numbers(draft));
        assertEquals(
                "Publish the accounts for 2020/21 before the backstop date.\nThe auditor has offered to help with"
                        + " this.",
                draft.recommendations().get(0).text());
        assertEquals(
                "Strengthen scrutiny of the transformation programme.",
                draft.recommendations().get(1).text(),
                "the minutes going on after the list are not taken in");
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("recommendation a)")
                                && d.sourceText().equals("The auditor has offered to help with this.")),
                draft.doubts().toString());
    }

    @Test
    void anUnreadablePeerLineIsADoubtWithItsSourceText() {
        ReportDraft draft = ReportParser.parseText("""
                3.1 The peer team
                The peers were:
                · Jo Bloggs – Lead Peer, Chief Executive, Wigan Council
                · Cllr Sam Jones (Conservative) – Leader, Bolton Council
                · Somebody whose role was not printed
                · Ann Other – Peer Challenge Manager, LGA
                3.2 Scope and focus
                Key recommendations
                1. Finance
                Publish the accounts.
                """);
        assertEquals(
                List.of(
                        new ReportDraft.PeerDraft(
                                "Jo Bloggs", "Lead Peer, Chief Executive", "Wigan Council", "LEAD_PEER", null),
                        new ReportDraft.PeerDraft(
                                "Cllr Sam Jones", "Leader", "Bolton Council", "MEMBER_PEER", "Conservative"),
                        new ReportDraft.PeerDraft(
                                "Ann Other", "Peer Challenge Manager", "LGA", "PEER_CHALLENGE_MANAGER", null)),
                draft.peers());
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("peer team")
                                && d.sourceText().equals("· Somebody whose role was not printed")),
                draft.doubts().toString());
    }

    @Test
    void charactersThatCouldNotBeDecodedAreADoubtWithTheLine() {
        ReportDraft draft =
                ReportParser.parseText("Key recommendations\n1. Finance\nThe council\ufffds accounts.\n" + NEXT_STEPS);
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(
                                d -> d.field().equals("text") && d.sourceText().equals("The council\ufffds accounts.")),
                draft.doubts().toString());
    }

    @Test
    void theFiveThemesAreRecognisedDespiteWordingVariations() {
        ReportDraft draft = ReportParser.parseText("""
                Corporate Peer Challenge
                15 – 18 January 2024
                1. Local priorities & outcomes - Are the priorities clear?
                2. Organisational and place leadership - Is there leadership?
                3. Governance & Culture - Is there challenge?
                4. Financial planning & management - Is there a grip?
                5. Capacity to improve - Can it improve?
                In addition, the council asked the peer team to look at Housing: its delivery plans.
                Key recommendations
                1. Housing
                Publish the housing delivery plan.
                """);
        assertEquals(ReportParser.CORE_THEMES, draft.coreThemes());
        assertEquals(List.of("Housing"), draft.extraScope());
        assertTrue(
                draft.doubts().stream().noneMatch(d -> d.field().equals("core themes")),
                draft.doubts().toString());
    }

    @Test
    void aReportWithoutRecommendationsStillImportsButSaysSo() {
        ReportDraft draft = ReportParser.parseText("Corporate Peer Challenge\n15 – 18 January 2024\nThe peer team\n"
                + "· Jo Bloggs – Chief Executive, Wigan Council\n· Ann Other – Peer Challenge Manager, LGA\n");
        assertEquals(List.of(), draft.recommendations());
        assertNull(draft.executiveSummary());
        assertTrue(draft.doubts().stream().anyMatch(d -> d.field().equals("recommendations")));
        assertTrue(draft.doubts().stream().anyMatch(d -> d.field().equals("executive summary")));
    }

    @Test
    void progressIsReportedForEachRecommendationOutOfTheTotal() {
        List<String> steps = new ArrayList<>();
        ReportParser.parseText(
                "Key recommendations\n1. Finance\nPublish.\n2. Scrutiny\nStrengthen.\n" + NEXT_STEPS,
                (what, done, total) -> steps.add(what + " " + done + "/" + total));
        assertTrue(steps.containsAll(List.of("recommendations 1/2", "recommendations 2/2")), steps.toString());
        assertTrue(steps.get(0).startsWith("reading the document"), steps.toString());
    }
}
