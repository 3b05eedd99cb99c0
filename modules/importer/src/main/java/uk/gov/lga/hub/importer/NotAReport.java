package uk.gov.lga.hub.importer;

/** The file is not something the importer reads (not a report, not a response table, not a Word document). */
public class NotAReport extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotAReport(String message) {
        super(message);
    }

    public NotAReport(String message, Throwable cause) {
        super(message, cause);
    }
}
