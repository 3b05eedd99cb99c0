package uk.gov.lga.hub.provisioning;

/** The council or region the caller named is not in the realm. Answered 404. */
public final class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail, null, false, false);
    }
}
