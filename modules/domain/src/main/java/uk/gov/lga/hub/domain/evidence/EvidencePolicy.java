package uk.gov.lga.hub.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Which files councils may upload as evidence. The type is read from the file's first bytes, never trusted from
 * the browser, and must agree with the file's extension; anything else is refused before it is stored.
 */
public final class EvidencePolicy {

    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Extension → the type its content must show. */
    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "csv", "text/csv",
            "txt", "text/plain");

    static final String ALLOWED = "PDF, Word (.docx), Excel (.xlsx), PowerPoint (.pptx), CSV, text, PNG or JPEG";

    private final long maxBytes;

    public EvidencePolicy(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads an upload, stopping one byte past the limit so an oversized file is never held whole. */
    public byte[] read(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (content.length > maxBytes) {
            throw new FileTooLarge(maxBytes);
        }
        return content;
    }

    public AcceptedFile accept(String fileName, byte[] content) {
        String name = safeName(fileName);
        DomainRuleViolation.require(content != null && content.length > 0, "evidence-empty", "The file is empty.");
        if (content.length > maxBytes) {
            throw new FileTooLarge(maxBytes);
        }
        String extension =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.get(extension);
        DomainRuleViolation.require(
                type != null,
                "evidence-type-refused",
                "Files of this type cannot be uploaded. Upload a " + ALLOWED + " file.");
        DomainRuleViolation.require(
                contentIs(type, content),
                "evidence-content-mismatch",
                "The file's contents are not a " + extension.toUpperCase(Locale.ROOT)
                        + " file, whatever its name says. Upload a " + ALLOWED + " file.");
        return new AcceptedFile(name, type, content.length, sha256(content));
    }

    private static boolean contentIs(String type, byte[] content) {
        return switch (type) {
            case "application/pdf" -> startsWith(content, PDF);
            case "image/png" -> startsWith(content, PNG);
            case "image/jpeg" -> startsWith(content, JPEG);
            case "text/csv", "text/plain" -> isText(content);
            default -> startsWith(content, ZIP);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 without NUL bytes: a text file, not a binary renamed. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The last path segment, without control or path characters, so it is safe in a download header. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"<>:|?*;]", "_")
                .strip();
        DomainRuleViolation.require(
                !name.isEmpty() && !name.startsWith("."),
                "evidence-file-name-required",
                "The file needs a name with an extension, such as report.pdf.");
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
