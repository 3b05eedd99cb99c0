package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A Keycloak that hangs or is stopped costs a request thread at most the timeouts, and then nothing for a while. */
class RealmClientTest {

    @Test
    void aKeycloakThatAcceptsConnectionsButNeverAnswersFailsWithinTheReadTimeout() throws Exception {
        try (ServerSocket hung = new ServerSocket(0)) { // the kernel accepts connections; nobody ever answers
            RealmClient realm = realmAt("http://127.0.0.1:" + hung.getLocalPort() + "/realms/lga");
            Duration first = timed(() -> realm.authorizationRequest(flow(), callback()));
            assertTrue(first.compareTo(Duration.ofSeconds(3)) < 0, "gave up after " + first);
            Duration second = timed(() -> realm.refresh("refresh-token"));
            assertTrue(second.compareTo(Duration.ofMillis(200)) < 0, "did not wait again: " + second);
        }
    }

    @Test
    void aStoppedKeycloakIsReportedAsUnavailableAtOnce() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        RealmClient realm = realmAt("http://127.0.0.1:" + closed + "/realms/lga");
        Duration took = timed(() -> realm.authorizationRequest(flow(), callback()));
        assertTrue(took.compareTo(Duration.ofSeconds(3)) < 0, "took " + took);
    }

    private static Duration timed(Runnable call) {
        long t0 = System.nanoTime();
        assertThrows(KeycloakUnavailable.class, call::run);
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static RealmClient realmAt(String issuer) {
        OidcSettings settings = new OidcSettings();
        settings.issuer = issuer;
        settings.clientId = "hub-ui";
        settings.clientSecret = "secret";
        settings.connectTimeoutMs = 500;
        settings.readTimeoutMs = 1000;
        settings.retryAfterSeconds = 10;
        RealmClient realm = new RealmClient();
        realm.settings = settings;
        return realm;
    }

    private static PendingSignIn flow() {
        return PendingSignIn.start("/app/", Instant.now());
    }

    private static URI callback() {
        return URI.create("http://app.test/auth/callback");
    }
}
