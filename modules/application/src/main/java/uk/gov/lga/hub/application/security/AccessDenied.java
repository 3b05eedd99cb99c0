package uk.gov.lga.hub.application.security;

/** The caller is known but may not do or see this. */
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }
}
