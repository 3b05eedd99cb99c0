package uk.gov.lga.hub.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.domain.evidence.FileTooLarge;

/**
 * A register file as uploaded: read only up to one byte past the limit (so an oversized one is refused, 413,
 * without being held whole), then as UTF-8, or as Windows-1252 when it is not UTF-8 (older spreadsheets save so).
 */
@ApplicationScoped
public class RegisterUpload {

    @Inject
    @ConfigProperty(name = "hub.register.max-bytes", defaultValue = "1048576")
    long maxBytes;

    public byte[] read(InputStream upload) {
        try {
            byte[] content = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return within(content);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The upload could not be read", unreadable);
        }
    }

    String text(byte[] content) {
        within(content);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    private byte[] within(byte[] content) {
        if (content.length > maxBytes) {
            throw new FileTooLarge(
                    "register-too-large",
                    "The file is larger than " + (maxBytes / 1024) + " KB; the register of England's councils is"
                            + " much smaller. Check it is the right file, or remove columns you do not need.");
        }
        return content;
    }
}
