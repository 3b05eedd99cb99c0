package uk.gov.lga.hub.ui.signin;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.LogoutTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Every call the UI makes to Keycloak, through Nimbus's OpenID Connect SDK: discovery, the code and refresh
 * grants, and the keys that validate what comes back. Each call has connect and read timeouts; after one fails,
 * Keycloak is not asked again for {@link OidcSettings#retryAfter()}, so a hung Keycloak holds up at most the
 * request that found out rather than every request thread.
 */
@ApplicationScoped
public class RealmClient {

    private static final int MAX_JWKS_BYTES = 256 * 1024;

    @Inject
    OidcSettings settings;

    Clock clock = Clock.systemUTC();

    private volatile Realm realm;
    private volatile Instant quietUntil = Instant.MIN;

    /** What discovery found, its keys and the validation that goes with them; resolved once, then kept. */
    private record Realm(OIDCProviderMetadata metadata, JWKSource<SecurityContext> keys, TokenValidation tokens) {}

    /**
     * Asks Keycloak now for what the first sign-in after a start would otherwise wait for: discovery and the
     * realm's keys (see {@link SignInWarmUp}).
     */
    void warmUp() {
        Realm known = realm();
        guarded(() -> {
            try {
                return known.keys().get(new JWKSelector(new JWKMatcher.Builder().build()), null);
            } catch (KeySourceException e) {
                throw new IOException("the realm's keys could not be fetched: " + e.getMessage(), e);
            }
        });
    }

    URI authorizationRequest(PendingSignIn flow, URI callback) {
        return new AuthenticationRequest.Builder(
                        ResponseType.CODE, new Scope("openid"), new ClientID(settings.clientId()), callback)
                .endpointURI(realm().metadata().getAuthorizationEndpointURI())
                .state(flow.stateValue())
                .nonce(flow.nonceValue())
                .codeChallenge(flow.verifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Swaps the code for tokens (client secret and PKCE verifier) and validates them against the flow's nonce. */
    ValidatedTokens redeem(String code, URI callback, PendingSignIn flow) {
        Realm known = realm();
        return known.tokens()
                .validate(
                        tokens(
                                known,
                                new AuthorizationCodeGrant(new AuthorizationCode(code), callback, flow.verifier())),
                        flow.nonceValue());
    }

    /** New tokens for a signed-in session, validated like the first ones. */
    ValidatedTokens refresh(String refreshToken) {
        Realm known = realm();
        ValidatedTokens fresh =
                known.tokens().validate(tokens(known, new RefreshTokenGrant(new RefreshToken(refreshToken))), null);
        return fresh.refreshToken() != null
                ? fresh
                : new ValidatedTokens(fresh.id(), fresh.access(), fresh.idToken(), refreshToken);
    }

    LogoutTokenClaimsSet logoutToken(String token) {
        return realm().tokens().logoutToken(token);
    }

    /** Where to send the browser to end its Keycloak session too; null when Keycloak was never reached. */
    URI endSession(String idToken, URI afterwards) {
        Realm known = realm;
        if (known == null || known.metadata().getEndSessionEndpointURI() == null) {
            return null;
        }
        try {
            return new LogoutRequest(
                            known.metadata().getEndSessionEndpointURI(), JWTParser.parse(idToken), afterwards, null)
                    .toURI();
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private OIDCTokens tokens(Realm known, AuthorizationGrant grant) {
        HTTPRequest request = new TokenRequest.Builder(
                        known.metadata().getTokenEndpointURI(),
                        new ClientSecretBasic(new ClientID(settings.clientId()), new Secret(settings.clientSecret())),
                        grant)
                .build()
                .toHTTPRequest();
        HTTPResponse reply = guarded(() -> {
            HTTPResponse answer = timed(request).send();
            if (answer.getStatusCode() >= 500) {
                throw new IOException("the token endpoint answered " + answer.getStatusCode());
            }
            return answer;
        });
        TokenResponse response;
        try {
            response = OIDCTokenResponseParser.parse(reply);
        } catch (ParseException e) {
            throw new SignInFailed("the token endpoint's answer is not a token response");
        }
        if (response instanceof TokenErrorResponse error) {
            if (OAuth2Error.INVALID_GRANT
                    .getCode()
                    .equals(error.getErrorObject().getCode())) {
                throw new SessionEnded(String.valueOf(error.getErrorObject().getDescription()));
            }
            throw new SignInFailed(
                    "the token endpoint refused: " + error.getErrorObject().getCode());
        }
        return ((OIDCTokenResponse) response.toSuccessResponse()).getOIDCTokens();
    }

    private Realm realm() {
        Realm known = realm;
        if (known == null) {
            synchronized (this) {
                known = realm;
                if (known == null) {
                    OIDCProviderMetadata metadata = guarded(() -> OIDCProviderMetadata.resolve(
                            new Issuer(settings.issuer()), settings.connectTimeoutMs(), settings.readTimeoutMs()));
                    JWKSource<SecurityContext> keys = keys(metadata);
                    known = new Realm(
                            metadata, keys, new TokenValidation(settings.issuer(), settings.clientId(), keys));
                    realm = known;
                }
            }
        }
        return known;
    }

    /**
     * The realm's keys, cached: signed-in users and their refreshes never wait on the JWKS, a new key (rotation)
     * is fetched when a token names it, and the last keys keep working while Keycloak is down.
     */
    private JWKSource<SecurityContext> keys(OIDCProviderMetadata metadata) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(
                            metadata.getJWKSetURI().toURL(),
                            new DefaultResourceRetriever(
                                    settings.connectTimeoutMs(), settings.readTimeoutMs(), MAX_JWKS_BYTES))
                    .cache(Duration.ofHours(12).toMillis(), settings.connectTimeoutMs() + settings.readTimeoutMs())
                    .outageTolerantForever()
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("The realm's JWKS address is not a URL: " + metadata.getJWKSetURI(), e);
        }
    }

    private HTTPRequest timed(HTTPRequest request) {
        request.setConnectTimeout(settings.connectTimeoutMs());
        request.setReadTimeout(settings.readTimeoutMs());
        return request;
    }

    private interface Call<T> {
        T run() throws IOException, GeneralException;
    }

    private <T> T guarded(Call<T> call) {
        if (clock.instant().isBefore(quietUntil)) {
            throw new KeycloakUnavailable("Keycloak failed moments ago; not asking again yet", null);
        }
        try {
            return call.run();
        } catch (IOException | GeneralException e) {
            quietUntil = clock.instant().plus(settings.retryAfter());
            throw new KeycloakUnavailable("Keycloak is unreachable: " + e.getMessage(), e);
        }
    }
}
