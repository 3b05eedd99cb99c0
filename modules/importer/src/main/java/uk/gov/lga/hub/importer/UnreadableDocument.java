package uk.gov.lga.hub.importer;

/**
 * The file is not a readable Word document (not a .docx, damaged, or password-protected). A kind of
 * {@link NotAReport}, so callers that refuse unreadable files need only catch that; the zip or XML parser's own
 * exception is the cause, for the log, never the message.
 */
public class UnreadableDocument extends NotAReport {

    private static final long serialVersionUID = 1L;

    public UnreadableDocument(Throwable cause) {
        super(
                "This file could not be read as a Word document (.docx). It may be damaged, protected by a password,"
                        + " or another kind of file. Upload the report as a .docx file, or paste its text.",
                cause);
    }
}
