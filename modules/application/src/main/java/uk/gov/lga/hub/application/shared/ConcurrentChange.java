package uk.gov.lga.hub.application.shared;

/**
 * Two saves of the same record met in the database (its version moved, or a unique key was taken, between this
 * save's read and its write). A stale save like any other, without a current record to show: the caller loads
 * again and repeats the change.
 */
public class ConcurrentChange extends StaleRecord {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange() {
        super(
                "Someone else changed this at the same moment. Your change was not saved. Load the record again and "
                        + "repeat it.",
                null);
    }
}
