package uk.gov.lga.hub.provisioning;

/** The caller asked for something malformed: an unknown role, a bad code, a missing field. Answered 400. */
public final class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidInput(String detail) {
        super(detail, null, false, false);
    }
}
