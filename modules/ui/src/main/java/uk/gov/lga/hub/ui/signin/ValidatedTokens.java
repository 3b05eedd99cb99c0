package uk.gov.lga.hub.ui.signin;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A token response whose tokens have passed {@link TokenValidation}: the only source of who the user is, their
 * roles ({@code groups}), council and region.
 *
 * @param id the ID token's claims; null after a refresh that brought no new ID token
 */
record ValidatedTokens(IDTokenClaimsSet id, JWTClaimsSet access, String idToken, String refreshToken) {

    String subject() {
        return access.getSubject();
    }

    /** Keycloak's session id, which back-channel logout names. */
    String sessionId() {
        if (id != null && id.getSessionID() != null) {
            return id.getSessionID().getValue();
        }
        return text("sid");
    }

    Instant accessExpiry() {
        return access.getExpirationTime().toInstant();
    }

    /**
     * The user these tokens stand for. Names come from the ID token, or, after a refresh that brought none, from
     * {@code before}; roles, council and region always come from the new access token.
     */
    SignedInUser user(String signOutToken, SignedInUser before) {
        boolean named = id != null || before == null;
        String username = named ? claim("preferred_username") : before.username();
        username = username != null ? username : subject();
        String name = named ? claim("name") : before.displayName();
        return new SignedInUser(
                username,
                name != null ? name : username,
                Set.copyOf(groups()),
                text("council"),
                text("region"),
                idToken != null ? idToken : before.idToken(),
                signOutToken);
    }

    /** A claim of the ID token, else of the access token (Keycloak puts the profile claims in both). */
    private String claim(String name) {
        Object value = id != null ? id.getClaim(name) : null;
        return value instanceof String s ? s : text(name);
    }

    private List<String> groups() {
        try {
            List<String> groups = access.getStringListClaim("groups");
            return groups == null ? List.of() : groups;
        } catch (ParseException notAList) {
            throw new SignInFailed("the access token's groups are not a list");
        }
    }

    private String text(String claim) {
        Object value = access.getClaim(claim);
        return value instanceof String s ? s : null;
    }
}
