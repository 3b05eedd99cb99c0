package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/** Files that are not reports, or not Word at all, are refused with a message a person can act on. */
class RefusalTest {

    private static final String NOT_A_REPORT = "This file does not look like an LGA peer challenge feedback report: no"
            + " recommendations listed, no executive summary, no peer team, not the sections a report has, no on-site"
            + " dates, no mention of a peer challenge or the LGA.";

    @Test
    void aWordFileThatIsNotAReportIsRefusedClearly() throws Exception {
        Docx docx = new Docx();
        docx.paragraph("Shopping list").paragraph("Milk").paragraph("Bread");
        NotAReport refused = assertThrows(NotAReport.class, () -> ReportParser.parseDocx(docx.bytes()));
        assertEquals(NOT_A_REPORT, refused.getMessage());
    }

    @Test
    void aShoppingListOrAnEmptyTextIsNotAReport() {
        assertEquals(
                NOT_A_REPORT,
                assertThrows(NotAReport.class, () -> ReportParser.parseText("Milk\nBread\nEggs\n"))
                        .getMessage());
        assertEquals(
                NOT_A_REPORT,
                assertThrows(NotAReport.class, () -> ReportParser.parseText("")).getMessage());
        assertEquals(
                NOT_A_REPORT,
                assertThrows(NotAReport.class, () -> ReportParser.parseText(null))
                        .getMessage());
    }

    @Test
    void aRecommendationsHeadingWithNothingUnderItAndNoDatesIsNotAReport() {
        assertEquals(
                NOT_A_REPORT,
                assertThrows(
                                NotAReport.class,
                                () -> ReportParser.parseText("Minutes\nRecommendations\nNone this time.\n"))
                        .getMessage());
    }

    @Test
    void aBinaryThatIsNotWordIsRefusedWithoutPoisStackTrace() {
        UnreadableDocument pdf = assertThrows(
                UnreadableDocument.class,
                () -> ReportParser.parseDocx(new ByteArrayInputStream(
                        "%PDF-1.7 binary \u0000\u0001".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))));
        assertTrue(
                pdf.getMessage().startsWith("This file could not be read as a Word document (.docx)."),
                pdf.getMessage());
        assertFalse(pdf.getMessage().contains("Exception"), "the message is for people, the cause is for the log");
        assertTrue(pdf.getCause() != null);
        assertThrows(UnreadableDocument.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(new byte[0])));
        assertThrows(
                UnreadableDocument.class,
                () -> ResponseTableParser.parseDocx(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    }

    @Test
    void aDamagedWordFileIsRefusedAsUnreadable() throws Exception {
        byte[] whole = new Docx()
                .paragraph("Key recommendations")
                .paragraph("1. Finance")
                .toBytes();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        UnreadableDocument damaged =
                assertThrows(UnreadableDocument.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(cut)));
        assertTrue(damaged.getMessage().contains("may be damaged"), damaged.getMessage());
    }

    @Test
    void aWordFileWithADoctypeIsRefusedWithoutReadingAnExternalEntity() {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        byte[] externalEntity = new RawDocx()
                .toBytes("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>"
                        + "<w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>Key recommendations &xxe;</w:t>"
                        + "</w:r></w:p></w:body></w:document>");
        UnreadableDocument refused = assertThrows(
                UnreadableDocument.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(externalEntity)));
        assertTrue(
                refused.getCause().getMessage().contains("DOCTYPE"),
                refused.getCause().getMessage());
        byte[] internalEntity = new RawDocx()
                .toBytes("<!DOCTYPE w:document [<!ENTITY a \"Key recommendations\">]><w:document xmlns:w=\"" + w
                        + "\"><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>");
        assertThrows(
                UnreadableDocument.class,
                () -> ResponseTableParser.parseDocx(new ByteArrayInputStream(internalEntity)));
    }

    @Test
    void aWordFileWhoseXmlIsMalformedIsRefusedAsUnreadable() throws Exception {
        byte[] unclosed = new RawDocx()
                .body("<w:p><w:r><w:t>Key recommendations</w:t></w:p>")
                .toBytes();
        assertThrows(UnreadableDocument.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(unclosed)));
        byte[] notANumber = new RawDocx()
                .body("<w:p><w:pPr><w:numPr><w:numId w:val=\"one\"/></w:numPr></w:pPr></w:p>")
                .toBytes();
        assertThrows(UnreadableDocument.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(notANumber)));
        byte[] noDocument = ZipBombTest.zip(2, 10);
        assertThrows(UnreadableDocument.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(noDocument)));
    }

    @Test
    void aTextWithNoTableRowsIsNotAResponseTable() {
        NotAReport refused =
                assertThrows(NotAReport.class, () -> ResponseTableParser.parseText("Dear all,\nThanks.\n"));
        assertTrue(refused.getMessage().startsWith("This file does not look like a response table"));
    }
}
