package uk.gov.lga.hub.provisioning;

/** The council or region the caller named is not in the realm. Answered 404. */
public final class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String detail) {
        super(detail, null, false, false);
    }
}
