package uk.gov.lga.hub.ui.signin;

/** Keycloak did not answer in time, or answered with a server error: nobody can sign in until it is back. */
public class KeycloakUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeycloakUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
