package uk.gov.lga.hub.importer;

/** A .docx that unpacks to more than {@link DocxLimits} allow: refused unread, as a file that cannot be imported. */
public class TooLargeOnceOpened extends NotAReport {

    private static final long serialVersionUID = 1L;

    public TooLargeOnceOpened(String what) {
        super("This Word document " + what + " once unpacked, far more than a report, so it was not read. It may be"
                + " damaged or built to overload the service. Upload the report as saved by Word, or paste its text.");
    }
}
