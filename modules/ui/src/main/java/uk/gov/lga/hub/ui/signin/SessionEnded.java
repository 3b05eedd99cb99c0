package uk.gov.lga.hub.ui.signin;

/** Keycloak refused to refresh the session's tokens (invalid_grant): the user is gone, disabled or signed out. */
public class SessionEnded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SessionEnded(String message) {
        super(message);
    }
}
