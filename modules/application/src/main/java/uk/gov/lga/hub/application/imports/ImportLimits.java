package uk.gov.lga.hub.application.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.domain.evidence.FileTooLarge;
import uk.gov.lga.hub.importer.DocxLimits;

/**
 * How large an import may be, from the configuration: the upload (a .docx, or text, which is parsed line by line
 * and so has a lower limit), and a .docx once unpacked. An upload is read only up to one byte past its limit, so an
 * oversized one is refused (413, nothing saved) without ever being held whole.
 */
@ApplicationScoped
public class ImportLimits {

    static final String WORD_RULE = "import-too-large";
    static final String TEXT_RULE = "import-text-too-large";

    @Inject
    @ConfigProperty(name = "hub.import.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @Inject
    @ConfigProperty(name = "hub.import.max-text-bytes", defaultValue = "2097152")
    long maxTextBytes;

    @Inject
    @ConfigProperty(name = "hub.import.max-expanded-bytes", defaultValue = "52428800")
    long maxExpandedBytes;

    @Inject
    @ConfigProperty(name = "hub.import.max-zip-entries", defaultValue = "1000")
    int maxZipEntries;

    /** A .docx upload, whole in memory (the reader reads it whole anyway) once known to be within the limit. */
    public InputStream readWord(InputStream upload) {
        return new ByteArrayInputStream(readAtMost(
                upload,
                maxBytes,
                WORD_RULE,
                "The file is larger than "
                        + DocxLimits.describe(maxBytes)
                        + "; a feedback report or response table is much smaller. Remove large"
                        + " pictures, or paste the text instead."));
    }

    /** A text upload as UTF-8. */
    public String readText(InputStream upload) {
        return new String(
                readAtMost(
                        upload,
                        maxTextBytes,
                        TEXT_RULE,
                        "The text is larger than "
                                + DocxLimits.describe(maxTextBytes)
                                + "; a report's or a response table's text is much smaller."
                                + " Check it is the right file."),
                StandardCharsets.UTF_8);
    }

    public DocxLimits docx() {
        return new DocxLimits(maxExpandedBytes, maxZipEntries);
    }

    private static byte[] readAtMost(InputStream upload, long limit, String rule, String message) {
        try {
            byte[] content = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                throw new FileTooLarge(rule, message);
            }
            return content;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The upload could not be read", unreadable);
        }
    }
}
