package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Starts the OpenID Connect code flow with PKCE: sends the browser to Keycloak. The flow's state, nonce and
 * verifier wait in a short-lived session ({@link PendingSignIns}); while Keycloak is unreachable nothing is kept
 * and the browser gets a 503 page instead.
 */
@WebServlet("/auth/sign-in")
public class SignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** A session made only to wait for Keycloak's answer lives this long unless sign-in completes. */
    private static final int PENDING_SESSION_SECONDS = (int) PendingSignIns.MAX_AGE.toSeconds();

    @Inject
    RealmClient realm;

    @Inject
    OidcSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PendingSignIn pending = PendingSignIn.start(safeReturnTo(request.getParameter("returnTo")), Instant.now());
        URI keycloak;
        try {
            keycloak = realm.authorizationRequest(pending, URI.create(callbackUrl(request)));
        } catch (KeycloakUnavailable down) {
            SignInUnavailable.send(response, settings.retryAfter());
            return;
        }
        HttpSession session = request.getSession(true);
        if (session.isNew()) {
            session.setMaxInactiveInterval(PENDING_SESSION_SECONDS);
        }
        PendingSignIns.of(session).add(pending);
        response.sendRedirect(keycloak.toString());
    }

    static String callbackUrl(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/auth/callback";
    }

    /** Only a path inside this application: never an open redirect. */
    static String safeReturnTo(String returnTo) {
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                ? returnTo
                : "/app/";
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
