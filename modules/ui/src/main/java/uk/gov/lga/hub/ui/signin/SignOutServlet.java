package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Signs out of the service and of Keycloak. A POST from our own page carrying the session's sign-out token, so
 * another site cannot sign a user out; a plain form rather than a Faces one, so it works the same from every page.
 */
@WebServlet("/auth/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    RealmClient realm;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        SignedInUser user = SignedInUser.in(session).orElse(null);
        String home = SignInServlet.callbackUrl(request).replaceFirst("/auth/callback$", "/");
        if (user == null) {
            response.sendRedirect(home);
            return;
        }
        String sent = request.getParameter("token");
        if (SameOrigin.crossSite(request)
                || sent == null
                || !MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        user.signOutToken().getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        session.invalidate();
        URI keycloak = realm.endSession(user.idToken(), URI.create(home));
        response.sendRedirect(keycloak == null ? home : keycloak.toString());
    }
}
