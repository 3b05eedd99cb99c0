package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the UI asks of a Keycloak (a real HTTP server here, answering like one) per sign-in: only the token
 * exchange. Discovery and the realm's keys are fetched once, and with the warm-up before anyone signs in.
 */
class RealmClientFetchesTest {

    private static final String DISCOVERY = "/realms/lga/.well-known/openid-configuration";
    private static final String KEYS = "/realms/lga/protocol/openid-connect/certs";
    private static final String TOKEN = "/realms/lga/protocol/openid-connect/token";

    private final RSAKey key = generate();
    private final Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
    private volatile String nonce;
    private HttpServer keycloak;
    private String issuer;

    @BeforeEach
    void startKeycloak() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer = "http://127.0.0.1:" + keycloak.getAddress().getPort() + "/realms/lga";
        keycloak.createContext(DISCOVERY, exchange -> answer(exchange, discovery()));
        keycloak.createContext(KEYS, exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
        keycloak.createContext(TOKEN, exchange -> answer(exchange, tokenResponse()));
        keycloak.start();
    }

    @AfterEach
    void stopKeycloak() {
        keycloak.stop(0);
    }

    @Test
    void manySignInsFetchDiscoveryAndTheKeysOnceAndOnlyTheirTokensEachTime() {
        RealmClient realm = realm();
        for (int i = 0; i < 20; i++) {
            signIn(realm);
        }
        assertEquals(Map.of(DISCOVERY, 1, KEYS, 1, TOKEN, 20), counts());
    }

    @Test
    void theWarmUpFetchesDiscoveryAndTheKeysSoTheFirstSignInOnlyExchangesItsCode() {
        RealmClient realm = realm();
        realm.warmUp();
        assertEquals(Map.of(DISCOVERY, 1, KEYS, 1), counts());
        signIn(realm);
        assertEquals(Map.of(DISCOVERY, 1, KEYS, 1, TOKEN, 1), counts());
    }

    private void signIn(RealmClient realm) {
        PendingSignIn flow = PendingSignIn.start("/app/", Instant.now());
        URI callback = URI.create("http://app.test/auth/callback");
        realm.authorizationRequest(flow, callback);
        nonce = flow.nonce();
        ValidatedTokens tokens = realm.redeem("code", callback, flow);
        assertEquals("user-1", tokens.subject());
    }

    private RealmClient realm() {
        OidcSettings settings = new OidcSettings();
        settings.issuer = issuer;
        settings.clientId = "hub-ui";
        settings.clientSecret = "secret";
        settings.connectTimeoutMs = 1000;
        settings.readTimeoutMs = 2000;
        settings.retryAfterSeconds = 10;
        RealmClient realm = new RealmClient();
        realm.settings = settings;
        return realm;
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.HashMap<>();
        asked.forEach((path, n) -> counts.put(path, n.get()));
        return counts;
    }

    private void answer(HttpExchange exchange, String json) throws IOException {
        asked.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
                .incrementAndGet();
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String discovery() {
        String endpoints = issuer + "/protocol/openid-connect";
        return """
                {"issuer":"%s","authorization_endpoint":"%s/auth","token_endpoint":"%s/token",\
                "jwks_uri":"%s/certs","end_session_endpoint":"%s/logout","response_types_supported":["code"],\
                "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer, endpoints, endpoints, endpoints, endpoints);
    }

    private String tokenResponse() {
        Date now = new Date();
        Date later = Date.from(Instant.now().plusSeconds(300));
        JWTClaimsSet.Builder common = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("user-1")
                .issueTime(now)
                .expirationTime(later);
        String access = sign(common.claim("azp", "hub-ui").build());
        String id = sign(common.audience("hub-ui").claim("nonce", nonce).build());
        return """
                {"access_token":"%s","token_type":"Bearer","expires_in":300,"id_token":"%s",\
                "refresh_token":"refresh"}""".formatted(access, id);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("realm").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
