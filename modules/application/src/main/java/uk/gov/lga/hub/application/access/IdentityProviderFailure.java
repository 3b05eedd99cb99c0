package uk.gov.lga.hub.application.access;

/** The identity provider could not do what was asked; nothing in the service was changed. */
public class IdentityProviderFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IdentityProviderFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public IdentityProviderFailure(String message) {
        super(message);
    }
}
