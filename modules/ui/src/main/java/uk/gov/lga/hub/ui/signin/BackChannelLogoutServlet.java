package uk.gov.lga.hub.ui.signin;

import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * OpenID Connect back-channel logout: Keycloak posts a signed logout token here when a user's Keycloak session
 * ends (signed out elsewhere, logged out by an administrator, disabled), and the UI sessions signed in through it
 * end at once. The token is validated like every other (signature, issuer, audience, events claim).
 */
@WebServlet("/auth/backchannel-logout")
public class BackChannelLogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(BackChannelLogoutServlet.class.getName());

    @Inject
    RealmClient realm;

    @Inject
    SessionIndex index;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String token = request.getParameter("logout_token");
        if (token == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        LogoutTokenClaimsSet logout;
        try {
            logout = realm.logoutToken(token);
        } catch (SignInFailed refused) {
            LOG.warning(() -> "Back-channel logout refused: " + refused.getMessage());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (KeycloakUnavailable down) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        int ended = logout.getSessionID() != null
                ? index.endSid(logout.getSessionID().getValue())
                : index.endWhere(session -> {
                    SessionTokens tokens = SessionTokens.in(session);
                    return tokens != null && logout.getSubject().getValue().equals(tokens.subject());
                });
        LOG.info(() -> "Back-channel logout ended " + ended + " UI session(s)");
        response.setStatus(HttpServletResponse.SC_OK);
    }
}
