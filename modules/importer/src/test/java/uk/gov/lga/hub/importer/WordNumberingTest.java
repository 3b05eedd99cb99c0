package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import uk.gov.lga.hub.importer.report.ReportDraft;
import uk.gov.lga.hub.importer.report.ReportParser;

/** Word files built here with POI, numbered with Word's own numbering as real reports are, read back as printed. */
class WordNumberingTest {

    static List<String> numbers(ReportDraft draft) {
        return draft.recommendations().stream()
                .map(ReportDraft.RecommendationDraft::number)
                .toList();
    }

    static List<String> titles(ReportDraft draft) {
        return draft.recommendations().stream()
                .map(ReportDraft.RecommendationDraft::title)
                .toList();
    }

    @Test
    void multiLevelNumberingReadsAsTwoPointOneUnderKeyRecommendations() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1", STNumberFormat.DECIMAL, "%1.%2");
        docx.paragraph("Gateshead Council")
                .paragraph("Corporate Peer Challenge, 3 – 6 March 2025")
                .numbered(list, 0, "Executive summary")
                .paragraph("Gateshead knows its priorities.")
                .numbered(list, 0, "Key recommendations")
                .numbered(list, 1, "Housing delivery")
                .paragraph("Agree a housing delivery plan with partners.")
                .numbered(list, 1, "Member development")
                .paragraph("Review the member development offer.")
                .numbered(list, 0, "Summary of the peer challenge approach")
                .paragraph("The peer team considered the themes.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(List.of("2.1", "2.2"), numbers(draft));
        assertEquals(List.of("Housing delivery", "Member development"), titles(draft));
        assertEquals(
                "Agree a housing delivery plan with partners.",
                draft.recommendations().get(0).text());
        assertEquals(
                "Review the member development offer.",
                draft.recommendations().get(1).text(),
                "the next numbered section ends the list");
        assertEquals("Gateshead Council", draft.councilName());
        assertEquals(LocalDate.of(2025, 3, 3), draft.onSiteStart());
        assertEquals(LocalDate.of(2025, 3, 6), draft.onSiteEnd());
        assertEquals("Gateshead knows its priorities.", draft.executiveSummary());
    }

    @Test
    void numberedHeadingStylesPrintTheirNumbersAndEndTheRecommendationsAtTheNextSection() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1", STNumberFormat.DECIMAL, "%1.%2");
        docx.numberedHeadingStyle("Heading1", "heading 1", 0, list, 0)
                .numberedHeadingStyle("Heading2", "heading 2", 1, list, 1);
        docx.paragraph("Wigan Council, 9 – 12 June 2025")
                .styled("Heading1", "Executive summary")
                .paragraph("Wigan is confident.")
                .styled("Heading1", "Key recommendations")
                .styled("Heading2", "Financial accounts")
                .paragraph("Publish the accounts.")
                .styled("Heading2", "Scrutiny")
                .paragraph("Strengthen scrutiny.")
                .styled("Heading1", "Next steps")
                .paragraph("The LGA will keep in touch.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(List.of("2.1", "2.2"), numbers(draft));
        assertEquals(List.of("Financial accounts", "Scrutiny"), titles(draft));
        assertEquals("Strengthen scrutiny.", draft.recommendations().get(1).text());
    }

    @Test
    void decimalNumbersUnderARecommendationsHeadingReadAsOneTwoAndAHeadingEndsThem() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1.");
        docx.paragraph("On site 30 January – 2 February 2024")
                .heading("Recommendations")
                .numbered(list, 0, "Finance")
                .paragraph("Publish the accounts.")
                .numbered(list, 0, "Scrutiny")
                .paragraph("Strengthen scrutiny.")
                .heading("Next steps")
                .paragraph("The LGA will keep in touch.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(List.of("1", "2"), numbers(draft));
        assertEquals(
                "Strengthen scrutiny.",
                draft.recommendations().get(1).text(),
                "an unnumbered heading in a heading style ends the recommendations");
        assertEquals(LocalDate.of(2024, 1, 30), draft.onSiteStart());
        assertEquals(LocalDate.of(2024, 2, 2), draft.onSiteEnd());
    }

    @Test
    void lettersWithABracketReadAsAandBAndSentencesWithoutTitlesAreFlagged() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.LOWER_LETTER, "%1)");
        docx.paragraph("The peer challenge took place between 9th and 12th October 2018.")
                .paragraph("The report made these recommendations:")
                .numbered(list, 0, "Prioritise action to tackle homelessness.")
                .numbered(list, 0, "Drive the digital agenda harder and faster.")
                .paragraph("The Committee noted the progress.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(List.of("a)", "b)"), numbers(draft));
        assertEquals(
                "Drive the digital agenda harder and faster.",
                draft.recommendations().get(1).text(),
                "the paragraph after the list is not taken into it");
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("recommendation a)")
                                && d.sourceText().equals("Prioritise action to tackle homelessness.")),
                draft.doubts().toString());
    }

    @Test
    void lettersInBracketsAndRomanNumeralsReadAsPrinted() throws Exception {
        Docx docx = new Docx();
        BigInteger letters = docx.list(STNumberFormat.LOWER_LETTER, "(%1)");
        docx.paragraph("Corporate Peer Challenge")
                .paragraph("15-18 January 2024")
                .heading("Key recommendations")
                .numbered(letters, 0, "Finance")
                .paragraph("Publish the accounts.")
                .numbered(letters, 0, "Scrutiny")
                .paragraph("Strengthen scrutiny.");
        assertEquals(List.of("(a)", "(b)"), numbers(ReportParser.parseDocx(docx.bytes())));

        Docx romanDocx = new Docx();
        BigInteger list = romanDocx.list(STNumberFormat.LOWER_ROMAN, "%1.");
        romanDocx
                .paragraph("Corporate Peer Challenge")
                .paragraph("15 to 18 January 2024")
                .heading("Recommendations");
        for (String title : List.of("One", "Two", "Three", "Four")) {
            romanDocx.numbered(list, 0, title + " thing").paragraph("Do the " + title.toLowerCase() + " thing.");
        }
        ReportDraft draft = ReportParser.parseDocx(romanDocx.bytes());
        assertEquals(List.of("i", "ii", "iii", "iv"), numbers(draft));
        assertEquals("Do the four thing.", draft.recommendations().get(3).text());
    }

    @Test
    void bulletedRecommendationsAreNumberedInOrderAndSaidSo() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.BULLET, "\uF0B7");
        docx.paragraph("Corporate Peer Challenge")
                .paragraph("15 – 18 January 2024")
                .heading("Key recommendations")
                .numbered(list, 0, "Communications")
                .paragraph("Refresh the external communication strategy.")
                .numbered(list, 0, "Diversity")
                .paragraph("Improve diversity at all levels.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(List.of("1", "2"), numbers(draft));
        assertEquals(List.of("Communications", "Diversity"), titles(draft));
        assertTrue(
                draft.doubts().stream().anyMatch(d -> d.reason().contains("bullet points")),
                draft.doubts().toString());
    }

    @Test
    void aCoverInATextBoxGivesTheCouncilAndTheDates() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1.");
        docx.textBox("Corporate Peer Challenge", "Coventry City Council", "15 – 18 January 2024")
                .heading("Key recommendations")
                .numbered(list, 0, "Finance")
                .paragraph("Publish the accounts.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals("Coventry City Council", draft.councilName());
        assertEquals(LocalDate.of(2024, 1, 15), draft.onSiteStart());
        assertEquals(LocalDate.of(2024, 1, 18), draft.onSiteEnd());
    }

    @Test
    void peersInAWordTableAreReadWithTheirRolesAndOrganisations() throws Exception {
        Docx docx = new Docx();
        docx.paragraph("Bury Council, 2 – 5 December 2024")
                .heading("The peer team")
                .table(List.of(
                        List.of("Name", "Role", "Organisation"),
                        List.of("Jo Bloggs", "Chief Executive", "Wigan Council"),
                        List.of("Cllr Sam Jones (Labour)", "Leader", "Bolton Council"),
                        List.of("Ann Other", "Peer Challenge Manager", "LGA")))
                .heading("Key recommendations")
                .paragraph("1. Finance")
                .paragraph("Publish the accounts.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(
                List.of(
                        new ReportDraft.PeerDraft("Jo Bloggs", "Chief Executive", "Wigan Council", "LEAD_PEER", null),
                        new ReportDraft.PeerDraft(
                                "Cllr Sam Jones", "Leader", "Bolton Council", "MEMBER_PEER", "Labour"),
                        new ReportDraft.PeerDraft(
                                "Ann Other", "Peer Challenge Manager", "LGA", "PEER_CHALLENGE_MANAGER", null)),
                draft.peers());
        assertEquals("Bury Council", draft.councilName());
    }

    @Test
    void aStrayParagraphInTheRecommendationsIsADoubtWithItsText() throws Exception {
        Docx docx = new Docx();
        BigInteger list = docx.list(STNumberFormat.DECIMAL, "%1.");
        docx.paragraph("Corporate Peer Challenge")
                .paragraph("15 – 18 January 2024")
                .heading("Key recommendations")
                .paragraph("See also the annex")
                .numbered(list, 0, "Finance")
                .paragraph("Publish the accounts.");
        ReportDraft draft = ReportParser.parseDocx(docx.bytes());
        assertEquals(List.of("1"), numbers(draft));
        assertTrue(
                draft.doubts().stream()
                        .anyMatch(d -> d.field().equals("recommendations")
                                && d.reason().contains("not imported")
                                && d.sourceText().equals("See also the annex")),
                draft.doubts().toString());
    }
}
