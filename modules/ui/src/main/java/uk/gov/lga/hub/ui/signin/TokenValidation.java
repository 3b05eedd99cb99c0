package uk.gov.lga.hub.ui.signin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.openid.connect.sdk.validators.LogoutTokenValidator;
import java.text.ParseException;
import java.util.Set;

/**
 * Checks every token the UI acts on against the realm's keys (signature), issuer, audience or authorised party,
 * expiry and, for ID tokens from a code flow, the nonce. Nothing is read from a token before it passes.
 */
final class TokenValidation {

    private final IDTokenValidator idTokens;
    private final LogoutTokenValidator logoutTokens;
    private final DefaultJWTProcessor<SecurityContext> accessTokens = new DefaultJWTProcessor<>();

    TokenValidation(String issuer, String clientId, JWKSource<SecurityContext> keys) {
        var signedByRealm = new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys);
        idTokens = new IDTokenValidator(new Issuer(issuer), new ClientID(clientId), signedByRealm, null);
        logoutTokens = new LogoutTokenValidator(new Issuer(issuer), new ClientID(clientId), false, signedByRealm, null);
        accessTokens.setJWSKeySelector(signedByRealm);
        // Keycloak's access tokens name the client they were issued to in azp; their aud is for resource servers.
        accessTokens.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).claim("azp", clientId).build(), Set.of("sub", "exp", "iat")));
    }

    /** Both tokens of a token response; {@code nonce} is null on a refresh, whose ID token need not carry one. */
    ValidatedTokens validate(OIDCTokens tokens, Nonce nonce) {
        JWTClaimsSet access = accessToken(tokens.getAccessToken().getValue());
        IDTokenClaimsSet id = tokens.getIDToken() == null ? null : idToken(tokens.getIDToken(), nonce);
        if (id == null && nonce != null) {
            throw new SignInFailed("the token response has no ID token");
        }
        if (id != null && !id.getSubject().getValue().equals(access.getSubject())) {
            throw new SignInFailed("the ID and access tokens are for different users");
        }
        return new ValidatedTokens(
                id,
                access,
                tokens.getIDTokenString(),
                tokens.getRefreshToken() == null
                        ? null
                        : tokens.getRefreshToken().getValue());
    }

    IDTokenClaimsSet idToken(JWT token, Nonce nonce) {
        try {
            return idTokens.validate(token, nonce);
        } catch (BadJOSEException | JOSEException e) {
            throw new SignInFailed("ID token refused: " + e.getMessage());
        }
    }

    JWTClaimsSet accessToken(String token) {
        try {
            return accessTokens.process(token, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new SignInFailed("access token refused: " + e.getMessage());
        }
    }

    LogoutTokenClaimsSet logoutToken(String token) {
        try {
            return logoutTokens.validate(JWTParser.parse(token));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new SignInFailed("logout token refused: " + e.getMessage());
        }
    }
}
