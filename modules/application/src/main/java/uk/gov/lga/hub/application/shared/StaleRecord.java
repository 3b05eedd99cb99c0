package uk.gov.lga.hub.application.shared;

/** Someone else saved the record since the caller read it; the caller must look again before saving. */
public class StaleRecord extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Object current;

    public StaleRecord(String message, Object current) {
        super(message);
        this.current = current;
    }

    /**
     * The one check for a save that quotes the version it read: refused unless it is the current one.
     *
     * @param what  the record, as the message names it ("this action")
     * @param now   the record as it is now, built only when the save is refused
     */
    public static void requireCurrent(Long read, long current, String what, java.util.function.Supplier<?> now) {
        if (read == null || read != current) {
            throw new StaleRecord(
                    "Someone saved " + what + " after you opened it. Here is the current one.", now.get());
        }
    }

    /** A first save must quote no version: one quoting a version was based on a record that is no longer there. */
    public static void requireNone(Long read, String what) {
        if (read != null) {
            throw new StaleRecord(what + " no longer exists.", null);
        }
    }

    /** The record as it is now, for the caller to compare with. */
    public Object current() {
        return current;
    }
}
