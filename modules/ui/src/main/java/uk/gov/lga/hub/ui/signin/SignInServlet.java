package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts the OpenID Connect code flow with PKCE: sends the browser to Keycloak. Several tabs may sign in at
 * once, so pending flows are kept per state.
 */
@WebServlet("/auth/sign-in")
public class SignInServlet extends HttpServlet {

    static final String PENDING = SignInServlet.class.getName() + ".pending";

    @Inject
    OidcSettings oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PendingSignIn pending = PendingSignIn.start(safeReturnTo(request.getParameter("returnTo")));
        HttpSession session = request.getSession(true);
        pendingOf(session).put(pending.state(), pending);
        String url = oidc.authorizationEndpoint()
                + "?response_type=code&scope=openid"
                + "&client_id=" + encode(oidc.clientId())
                + "&redirect_uri=" + encode(callbackUrl(request))
                + "&state=" + encode(pending.state())
                + "&nonce=" + encode(pending.nonce())
                + "&code_challenge=" + encode(pending.codeChallenge())
                + "&code_challenge_method=S256";
        response.sendRedirect(url);
    }

    @SuppressWarnings("unchecked")
    static synchronized Map<String, PendingSignIn> pendingOf(HttpSession session) {
        Object pending = session.getAttribute(PENDING);
        if (pending == null) {
            pending = new HashMap<String, PendingSignIn>();
            session.setAttribute(PENDING, pending);
        }
        return (Map<String, PendingSignIn>) pending;
    }

    static String callbackUrl(HttpServletRequest request) {
        String base = request.getRequestURL().toString();
        return base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath()
                + "/auth/callback";
    }

    /** Only a path inside this application: never an open redirect. */
    static String safeReturnTo(String returnTo) {
        return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                ? returnTo : "/app/";
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
