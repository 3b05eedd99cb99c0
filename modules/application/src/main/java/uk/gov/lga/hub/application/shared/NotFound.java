package uk.gov.lga.hub.application.shared;

/** Nothing by that name or number exists (or the caller may not know that it does). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
