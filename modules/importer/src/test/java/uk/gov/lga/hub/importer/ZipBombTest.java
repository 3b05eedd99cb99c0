package uk.gov.lga.hub.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.importer.report.ReportParser;
import uk.gov.lga.hub.importer.response.ResponseTableParser;

/** A .docx that unpacks to far more than a report (a zip bomb) is refused before POI parses any of it. */
class ZipBombTest {

    @Test
    void aSmallZipWhoseDocumentUnpacksBeyondFiftyMegabytesIsRefusedQuickly() throws IOException {
        byte[] bomb = zip(1, 60 * 1024 * 1024);
        assertTrue(bomb.length < 200 * 1024, "the bomb is small: " + bomb.length + " bytes");
        TooLargeOnceOpened refused = assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThrows(
                        TooLargeOnceOpened.class, () -> ReportParser.parseDocx(new ByteArrayInputStream(bomb))));
        assertTrue(
                refused.getMessage().startsWith("This Word document is larger than 50 MB once unpacked"),
                refused.getMessage());
        assertThrows(TooLargeOnceOpened.class, () -> ResponseTableParser.parseDocx(new ByteArrayInputStream(bomb)));
    }

    @Test
    void aZipOfMorePartsThanTheLimitIsRefused() throws IOException {
        byte[] parts = zip(50, 10);
        DocxLimits fewParts = new DocxLimits(1024 * 1024, 20);
        TooLargeOnceOpened refused = assertThrows(
                TooLargeOnceOpened.class,
                () -> ReportParser.parseDocx(new ByteArrayInputStream(parts), ImportProgress.NONE, fewParts));
        assertTrue(refused.getMessage().startsWith("This Word document has more than 20 parts"), refused.getMessage());
    }

    @Test
    void aRealReportWithinTheLimitsIsReadAsBefore() throws Exception {
        Docx docx = new Docx();
        docx.paragraph("Coventry City Council")
                .paragraph("Corporate Peer Challenge")
                .paragraph("15 - 18 January 2024")
                .heading("Key recommendations")
                .paragraph("1. Finance")
                .paragraph("Publish the accounts.");
        DocxLimits tight = new DocxLimits(512 * 1024, 100);
        assertEquals(
                List.of("Finance"),
                ReportParser.parseDocx(new ByteArrayInputStream(docx.toBytes()), ImportProgress.NONE, tight)
                        .recommendations()
                        .stream()
                        .map(uk.gov.lga.hub.importer.report.ReportDraft.RecommendationDraft::title)
                        .toList());
    }

    @Test
    void aDocumentJustOverATightLimitIsRefused() throws Exception {
        byte[] report = new Docx().paragraph("x".repeat(200_000)).toBytes();
        DocxLimits tight = new DocxLimits(100_000, 100);
        assertThrows(
                TooLargeOnceOpened.class,
                () -> ResponseTableParser.parseDocx(new ByteArrayInputStream(report), ImportProgress.NONE, tight));
    }

    @Test
    void tablesNestedThousandsDeepAreRefusedAsUnreadableNotAStackOverflow() throws Exception {
        String nested = "<w:tbl><w:tr><w:tc>".repeat(20_000) + "<w:p/>" + "</w:tc></w:tr></w:tbl>".repeat(20_000);
        byte[] docx = new Docx().paragraph("PLACEHOLDER").toBytes();
        byte[] deep = replaceInDocument(docx, "<w:p><w:r><w:t>PLACEHOLDER</w:t></w:r></w:p>", nested);
        assertThrows(UnreadableDocument.class, () -> ResponseTableParser.parseDocx(new ByteArrayInputStream(deep)));
    }

    /** The same .docx with a piece of its document.xml replaced. */
    private static byte[] replaceInDocument(byte[] docx, String piece, String replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    assertTrue(xml.contains(piece), xml);
                    content = xml.replace(piece, replacement).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A zip of {@code entries} parts named like a .docx's, each {@code bytes} of one repeated character. */
    static byte[] zip(int entries, int bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] chunk = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int e = 0; e < entries; e++) {
                zip.putNextEntry(new ZipEntry(e == 0 ? "word/document.xml" : "word/part" + e + ".xml"));
                for (int written = 0; written < bytes; written += chunk.length) {
                    zip.write(chunk, 0, Math.min(chunk.length, bytes - written));
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
