package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.logging.Logger;
import uk.gov.lga.hub.ui.layout.Landing;

/**
 * Ends the code flow: swaps the code for tokens at Keycloak (client secret and PKCE verifier), validates the ID
 * token (signature against the realm's keys, issuer, audience, expiry, nonce) and the access token, and signs the
 * user in with a new session id.
 */
@WebServlet("/auth/callback")
public class SignInCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(SignInCallbackServlet.class.getName());

    @Inject
    RealmClient realm;

    @Inject
    SessionCheck sessions;

    @Inject
    OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        String code = request.getParameter("code");
        PendingSignIn pending = session == null || state == null
                ? null
                : PendingSignIns.of(session).take(state, Instant.now());
        if (pending == null || code == null) {
            // Stale or forged callback, or the user cancelled at Keycloak: start again rather than fail.
            response.sendRedirect(request.getContextPath() + "/auth/sign-in");
            return;
        }
        ValidatedTokens tokens;
        try {
            tokens = realm.redeem(code, URI.create(SignInServlet.callbackUrl(request)), pending);
        } catch (KeycloakUnavailable down) {
            SignInUnavailable.send(response, settings.retryAfter());
            return;
        } catch (SignInFailed | SessionEnded failed) {
            LOG.warning(() -> "Sign-in failed: " + failed.getMessage());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        request.changeSessionId();
        PendingSignIns.forgetAll(session);
        session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
        SignedInUser user = sessions.signIn(session, tokens, Instant.now());
        response.sendRedirect(request.getContextPath() + landing(pending.returnTo(), user));
    }

    /** Sent to /app/: straight on to the user's first area, sparing the browser /app/'s own redirect there. */
    static String landing(String returnTo, SignedInUser user) {
        String first = "/app/".equals(returnTo) ? Landing.firstAreaOf(user.caller()) : null;
        return first != null ? first : returnTo;
    }
}
