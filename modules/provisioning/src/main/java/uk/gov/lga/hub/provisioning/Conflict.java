package uk.gov.lga.hub.provisioning;

/** The change clashes with what is already in the realm, such as an e-mail address another user has. Answered 409. */
public final class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public Conflict(String detail) {
        super(detail, null, false, false);
    }
}
