package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.devstack.AppSettings;
import uk.gov.lga.hub.devstack.PayaraMicroServer;

/**
 * Keycloak stops while the service runs: tokens it issued before keep working at the API. The application of this
 * suite reaches Keycloak's keys only through a relay the test can cut, so the shared Keycloak the other suites use
 * stays up. (Sign-in while Keycloak is down answers 503: {@code SignInIT}.)
 */
@ExtendWith(RunningStack.class)
class KeycloakOutageIT {

    private static Relay relay;
    private static PayaraMicroServer app;

    @BeforeAll
    static void startApplicationBehindARelayToKeycloak() throws Exception {
        URI keycloak = URI.create(RunningStack.keycloakUrl());
        relay = Relay.to(keycloak.getHost(), keycloak.getPort());
        Map<String, String> settings = new java.util.LinkedHashMap<>(
                AppSettings.of(RunningStack.jdbcUrl(), RunningStack.realmUrl(), RunningStack.provisionerUrl(), true));
        settings.put(
                "mp.jwt.verify.publickey.location",
                "http://localhost:" + relay.port() + "/realms/lga/protocol/openid-connect/certs");
        Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
        app = PayaraMicroServer.start(
                runtime.resolve("payara-micro.jar"),
                Path.of(System.getProperty("hub.war")),
                Files.createDirectories(runtime.resolve("keycloak-outage-app")),
                RunningStack.freePort(),
                settings);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (app != null) {
            app.close();
        }
        if (relay != null) {
            relay.close();
        }
    }

    @Test
    void tokensIssuedBeforeKeycloakStoppedKeepWorkingAtTheApi() throws Exception {
        Api api = new Api(toUrl(app.baseUrl() + "/"));
        String viewer = Tokens.of("coventry-viewer");
        String pcm = Tokens.of("pcm");
        assertEquals(
                200, api.get("api/v1/councils/E08000026/challenges", viewer).status(), "before the outage");

        relay.close();
        Api.Reply keysGone = api.get("api/v1/councils/E08000026/challenges", viewer);
        assertEquals(200, keysGone.status(), "the same token with Keycloak unreachable: " + keysGone.body());
        Api.Reply other = api.get("api/v1/councils", pcm);
        assertEquals(200, other.status(), "another token issued before the outage: " + other.body());
        System.out.println("[it] Keycloak unreachable: tokens issued before it stopped answered 200 at the API");
    }

    private static URL toUrl(String url) throws Exception {
        return URI.create(url).toURL();
    }

    /** A TCP relay on loopback that can be cut, as if the server behind it had stopped. */
    static final class Relay implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        private Relay(ServerSocket server) {
            this.server = server;
        }

        static Relay to(String host, int port) throws IOException {
            Relay relay = new Relay(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
            Thread accept = new Thread(
                    () -> {
                        while (!relay.server.isClosed()) {
                            try {
                                Socket in = relay.server.accept();
                                Socket out = new Socket(host, port);
                                relay.open.add(in);
                                relay.open.add(out);
                                pipe(in, out);
                                pipe(out, in);
                            } catch (IOException closed) {
                                return;
                            }
                        }
                    },
                    "keycloak-relay");
            accept.setDaemon(true);
            accept.start();
            return relay;
        }

        private static void pipe(Socket from, Socket to) {
            Thread copy = new Thread(
                    () -> {
                        try (InputStream in = from.getInputStream();
                                OutputStream out = to.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException closed) {
                            // one side went away: so does the other
                        } finally {
                            try {
                                to.close();
                            } catch (IOException ignored) {
                                // already closed
                            }
                        }
                    },
                    "keycloak-relay-pipe");
            copy.setDaemon(true);
            copy.start();
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        }
    }
}
