package uk.gov.lga.hub.application.shared;

/** Nothing by that name or number exists (or the caller may not know that it does). */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What every caller is told, whatever the message says: a missing record and a hidden one read the same. */
    public static final String NOTHING_HERE = "There is nothing at this address, or it is not yours to see.";

    public NotFound(String message) {
        super(message);
    }
}
