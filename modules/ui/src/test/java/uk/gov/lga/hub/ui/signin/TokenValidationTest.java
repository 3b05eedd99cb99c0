package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The ID, access and logout tokens the UI acts on, checked against keys made here: what passes and what not. */
class TokenValidationTest {

    private static final String ISSUER = "http://keycloak.test/realms/lga";
    private static final String CLIENT = "hub-ui";
    private static final RSAKey REALM_KEY = key("realm");
    private static final RSAKey OTHER_KEY = key("realm"); // same key id, different key: a forger's
    private static final Nonce NONCE = new Nonce("flow-nonce");

    private final TokenValidation validation =
            new TokenValidation(ISSUER, CLIENT, new ImmutableJWKSet<>(new JWKSet(REALM_KEY.toPublicJWK())));

    @Test
    void aGoodResponseGivesTheUserRolesAndCouncilFromTheAccessToken() {
        ValidatedTokens tokens =
                validation.validate(response(idToken(REALM_KEY, c -> {}), accessToken(REALM_KEY, c -> {})), NONCE);
        SignedInUser user = tokens.user("sign-out", null);
        assertEquals("coventry-editor", user.username());
        assertEquals(Set.of("council-editor"), user.roles());
        assertEquals("E08000026", user.councilCode());
        assertEquals("keycloak-session", tokens.sessionId());
    }

    @Test
    void anIdTokenSignedByAnotherKeyIsRefused() {
        assertRefused(idToken(OTHER_KEY, c -> {}), accessToken(REALM_KEY, c -> {}));
    }

    @Test
    void anIdTokenFromAnotherIssuerIsRefused() {
        assertRefused(
                idToken(REALM_KEY, c -> c.issuer("http://keycloak.test/realms/master")),
                accessToken(REALM_KEY, c -> {}));
    }

    @Test
    void anIdTokenForAnotherClientIsRefused() {
        assertRefused(
                idToken(REALM_KEY, c -> c.audience("other-client").claim("azp", "other-client")),
                accessToken(REALM_KEY, c -> {}));
    }

    @Test
    void anIdTokenWithAnotherFlowsNonceIsRefused() {
        assertRefused(idToken(REALM_KEY, c -> c.claim("nonce", "someone-elses-flow")), accessToken(REALM_KEY, c -> {}));
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        assertRefused(
                idToken(REALM_KEY, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600)))),
                accessToken(REALM_KEY, c -> {}));
    }

    @Test
    void anAccessTokenSignedByAnotherKeyIsRefusedSoItsRolesAreNeverRead() {
        assertRefused(
                idToken(REALM_KEY, c -> {}), accessToken(OTHER_KEY, c -> c.claim("groups", List.of("lga-admin"))));
    }

    @Test
    void anAccessTokenFromAnotherIssuerOrClientOrTooOldIsRefused() {
        assertRefused(
                idToken(REALM_KEY, c -> {}), accessToken(REALM_KEY, c -> c.issuer("http://elsewhere/realms/lga")));
        assertRefused(idToken(REALM_KEY, c -> {}), accessToken(REALM_KEY, c -> c.claim("azp", "hub-cli")));
        assertRefused(
                idToken(REALM_KEY, c -> {}),
                accessToken(
                        REALM_KEY, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600)))));
    }

    @Test
    void tokensForDifferentUsersAreRefused() {
        assertRefused(idToken(REALM_KEY, c -> {}), accessToken(REALM_KEY, c -> c.subject("someone-else")));
    }

    @Test
    void aRefreshNeedsNoNonceButStillAValidSignature() {
        assertEquals(
                Set.of("council-editor"),
                validation
                        .validate(
                                response(
                                        idToken(REALM_KEY, c -> c.claim("nonce", null)),
                                        accessToken(REALM_KEY, c -> {})),
                                null)
                        .user("t", null)
                        .roles());
        assertThrows(
                SignInFailed.class,
                () -> validation.validate(
                        response(idToken(OTHER_KEY, c -> c.claim("nonce", null)), accessToken(REALM_KEY, c -> {})),
                        null));
    }

    @Test
    void aLogoutTokenFromTheRealmNamesItsSessionAndAForgedOneIsRefused() {
        assertEquals(
                "keycloak-session",
                validation.logoutToken(logoutToken(REALM_KEY)).getSessionID().getValue());
        assertThrows(SignInFailed.class, () -> validation.logoutToken(logoutToken(OTHER_KEY)));
        assertThrows(SignInFailed.class, () -> validation.logoutToken(accessToken(REALM_KEY, c -> {})));
    }

    private void assertRefused(String idToken, String accessToken) {
        assertThrows(SignInFailed.class, () -> validation.validate(response(idToken, accessToken), NONCE));
    }

    private static OIDCTokens response(String idToken, String accessToken) {
        try {
            return new OIDCTokens(
                    SignedJWT.parse(idToken), new BearerAccessToken(accessToken), new RefreshToken("refresh"));
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idToken(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = common().audience(CLIENT)
                .claim("azp", CLIENT)
                .claim("nonce", NONCE.getValue())
                .claim("preferred_username", "coventry-editor")
                .claim("name", "Coventry Editor");
        change.accept(claims);
        return sign(key, JOSEObjectType.JWT, claims.build());
    }

    private static String accessToken(RSAKey key, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = common().claim("azp", CLIENT)
                .claim("groups", List.of("council-editor"))
                .claim("council", "E08000026");
        change.accept(claims);
        return sign(key, JOSEObjectType.JWT, claims.build());
    }

    private static String logoutToken(RSAKey key) {
        return sign(
                key,
                new JOSEObjectType("logout+jwt"),
                new JWTClaimsSet.Builder()
                        .issuer(ISSUER)
                        .audience(CLIENT)
                        .subject("user-1")
                        .issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(120)))
                        .jwtID("logout-1")
                        .claim("sid", "keycloak-session")
                        .claim("events", Map.of("http://schemas.openid.net/event/backchannel-logout", Map.of()))
                        .build());
    }

    private static JWTClaimsSet.Builder common() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-1")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("sid", "keycloak-session");
    }

    private static String sign(RSAKey key, JOSEObjectType type, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .type(type)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
