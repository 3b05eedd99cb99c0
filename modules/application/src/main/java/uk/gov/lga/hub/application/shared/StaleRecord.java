package uk.gov.lga.hub.application.shared;

/** Someone else saved the record since the caller read it; the caller must look again before saving. */
public class StaleRecord extends RuntimeException {

    private final Object current;

    public StaleRecord(String message, Object current) {
        super(message);
        this.current = current;
    }

    /** The record as it is now, for the caller to compare with. */
    public Object current() {
        return current;
    }
}
