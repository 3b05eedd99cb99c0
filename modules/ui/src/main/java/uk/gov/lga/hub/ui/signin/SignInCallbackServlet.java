package uk.gov.lga.hub.ui.signin;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Ends the code flow: swaps the code for tokens at Keycloak's token endpoint (client secret and PKCE verifier),
 * checks the ID token, and signs the user in. The tokens come straight from the token endpoint over the back
 * channel, so per OpenID Connect Core 3.1.3.7 their issuer is checked rather than their signature.
 */
@WebServlet("/auth/callback")
public class SignInCallbackServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SignInCallbackServlet.class.getName());

    @Inject
    OidcSettings oidc;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        PendingSignIn pending = session == null || state == null ? null
                : SignInServlet.pendingOf(session).remove(state);
        if (pending == null || request.getParameter("code") == null) {
            // Stale or forged callback, or the user cancelled at Keycloak: start again rather than fail.
            response.sendRedirect(request.getContextPath() + "/auth/sign-in");
            return;
        }
        try {
            SignedInUser user = exchange(request, pending);
            request.changeSessionId();
            user.signInTo(session);
            response.sendRedirect(request.getContextPath() + pending.returnTo());
        } catch (SignInFailed failed) {
            LOG.warning(() -> "Sign-in failed: " + failed.getMessage());
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    private SignedInUser exchange(HttpServletRequest request, PendingSignIn pending) {
        String form = "grant_type=authorization_code"
                + "&code=" + SignInServlet.encode(request.getParameter("code"))
                + "&redirect_uri=" + SignInServlet.encode(SignInServlet.callbackUrl(request))
                + "&code_verifier=" + SignInServlet.encode(pending.codeVerifier());
        String basic = Base64.getEncoder().encodeToString((SignInServlet.encode(oidc.clientId()) + ":"
                + SignInServlet.encode(oidc.clientSecret())).getBytes(StandardCharsets.UTF_8));
        JsonObject tokens;
        try {
            HttpResponse<String> reply = OidcSettings.HTTP.send(HttpRequest.newBuilder(URI.create(oidc.tokenEndpoint()))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (reply.statusCode() != 200) {
                throw new SignInFailed("the token endpoint answered " + reply.statusCode());
            }
            tokens = Json.createReader(new StringReader(reply.body())).readObject();
        } catch (IOException e) {
            throw new SignInFailed("the token endpoint did not answer");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInFailed("interrupted");
        }
        String idToken = tokens.getString("id_token");
        JsonObject id = claims(idToken);
        JsonObject access = claims(tokens.getString("access_token"));
        require(oidc.issuer().equals(id.getString("iss", "")), "issuer");
        require(audienceContains(id.get("aud"), oidc.clientId()), "audience");
        require(!id.containsKey("azp") || oidc.clientId().equals(id.getString("azp")), "authorised party");
        require(id.getJsonNumber("exp").longValue() > System.currentTimeMillis() / 1000, "expiry");
        require(pending.nonce().equals(id.getString("nonce", "")), "nonce");
        Set<String> roles = access.containsKey("groups") ? access.getJsonArray("groups").stream()
                .map(v -> ((JsonString) v).getString()).collect(Collectors.toUnmodifiableSet()) : Set.of();
        String username = id.getString("preferred_username", id.getString("sub"));
        return new SignedInUser(username, id.getString("name", username), roles,
                access.getString("council", null), access.getString("region", null), idToken,
                PendingSignIn.start("/").state());
    }

    private static boolean audienceContains(JsonValue aud, String clientId) {
        if (aud instanceof JsonString single) {
            return single.getString().equals(clientId);
        }
        return aud != null && aud.getValueType() == JsonValue.ValueType.ARRAY
                && aud.asJsonArray().stream().anyMatch(v -> ((JsonString) v).getString().equals(clientId));
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new SignInFailed("the ID token's " + what + " is wrong");
        }
    }

    private static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new SignInFailed("a token is malformed");
        }
        return Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8))).readObject();
    }
}
