package uk.gov.lga.hub.ui.signin;

import jakarta.servlet.http.HttpServletRequest;
import uk.gov.lga.hub.application.security.Caller;

/**
 * The caller of the request in hand, as its signed-in session says. Servlets and filters live as long as the
 * application, so they ask this for every request rather than holding a {@link Caller} of their own.
 */
public final class SignedInCaller {

    private SignedInCaller() {}

    public static Caller of(HttpServletRequest request) {
        return SignedInUser.in(request.getSession(false))
                .map(SignedInUser::caller)
                .orElse(Caller.ANONYMOUS);
    }
}
