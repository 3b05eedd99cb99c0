package uk.gov.lga.hub.application.security;

/** The caller is known but may not do or see this. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
