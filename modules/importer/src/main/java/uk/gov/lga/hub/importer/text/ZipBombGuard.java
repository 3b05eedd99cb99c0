package uk.gov.lga.hub.importer.text;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.gov.lga.hub.importer.DocxLimits;
import uk.gov.lga.hub.importer.TooLargeOnceOpened;
import uk.gov.lga.hub.importer.UnreadableDocument;

/**
 * Unpacks a .docx once without keeping anything, counting its parts and their unpacked bytes, and stops as soon as
 * either passes its limit: the cost is bounded by the limits, whatever the file declares about itself (the sizes a
 * zip declares can lie). Only then are the parts the reader needs unpacked again (see {@link WordPackage}).
 */
final class ZipBombGuard {

    private ZipBombGuard() {}

    /** @throws TooLargeOnceOpened over a limit; {@link UnreadableDocument} if the zip itself is damaged */
    static void check(byte[] docx, DocxLimits limits) {
        long expanded = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new TooLargeOnceOpened("has more than " + limits.maxEntries() + " parts");
                }
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    expanded += read;
                    if (expanded > limits.maxExpandedBytes()) {
                        throw new TooLargeOnceOpened(
                                "is larger than " + DocxLimits.describe(limits.maxExpandedBytes()));
                    }
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            throw new UnreadableDocument(damaged);
        }
    }
}
