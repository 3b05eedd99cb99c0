package uk.gov.lga.hub.ui.signin;

/** The code flow could not complete; the user is told so and may start again. */
public class SignInFailed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInFailed(String message) {
        super(message);
    }
}
