package uk.gov.lga.hub.importer;

/**
 * How big a .docx may be once unpacked, checked before Word's parts are parsed: a zip of a few kilobytes can hold
 * gigabytes of repeated XML (a zip bomb), and parsing that would hold a processor and the memory for minutes.
 * A real feedback report unpacks to a few megabytes in a few dozen parts.
 */
public record DocxLimits(long maxExpandedBytes, int maxEntries) {

    public static final DocxLimits DEFAULT = new DocxLimits(50L * 1024 * 1024, 1000);

    /** "50 MB", or a number of bytes when it is not whole megabytes: how limits are shown to people. */
    public static String describe(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }

    public DocxLimits {
        if (maxExpandedBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("Limits must be positive: " + maxExpandedBytes + ", " + maxEntries);
        }
    }
}
