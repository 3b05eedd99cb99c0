package uk.gov.lga.hub.provisioning;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.gov.lga.hub.devstack.KeycloakServer;

/**
 * Starts, once per test run, a real Keycloak with the dev realm freshly imported, and the provisioner in-process on
 * a free port with fault injection on. Both stop when the run ends.
 */
public final class RunningProvisioner implements BeforeAllCallback {

    static final String KEY = "test-provisioning-key";

    private static Running running;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningProvisioner.class) {
            if (running == null) {
                running = Running.start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningProvisioner.class, running);
            }
        }
    }

    /** The provisioner under test, with the right key. */
    static ProvisionerClient provisioner() {
        return new ProvisionerClient(running.provisioner.baseUri(), KEY);
    }

    static String keycloakUrl() {
        return running.keycloak.baseUrl();
    }

    /** Settings for another provisioner against the same Keycloak. */
    static ProvisioningConfig config(URI keycloakUrl, boolean faults) {
        return new ProvisioningConfig(
                0, KEY, keycloakUrl, "lga", "hub-provisioner", "hub-provisioner-dev-secret", faults);
    }

    private record Running(KeycloakServer keycloak, ProvisioningServer provisioner) implements AutoCloseable {

        static Running start() throws Exception {
            long t0 = System.nanoTime();
            Path work = Path.of(System.getProperty("hub.test.keycloak.work"));
            forgetEarlierRuns(work);
            KeycloakServer keycloak = KeycloakServer.start(
                    Path.of(System.getProperty("hub.test.keycloak.dist")),
                    work,
                    Path.of(System.getProperty("hub.realm.file")),
                    Integer.getInteger("hub.test.keycloak.port", 28180));
            ProvisioningServer provisioner = ProvisioningServer.start(config(URI.create(keycloak.baseUrl()), true));
            System.out.printf(
                    "[test] Keycloak %s and provisioner %s ready in %.1f s%n",
                    keycloak.baseUrl(), provisioner.baseUri(), (System.nanoTime() - t0) / 1e9);
            return new Running(keycloak, provisioner);
        }

        /**
         * Dev mode keeps its database under data/h2 and skips importing a realm it already has: without this,
         * changes to the realm file and users from earlier runs would leak into this one.
         */
        private static void forgetEarlierRuns(Path work) throws IOException {
            if (!Files.isDirectory(work)) {
                return;
            }
            try (Stream<Path> homes = Files.list(work)) {
                for (Path h2 : homes.map(home -> home.resolve("data/h2"))
                        .filter(Files::isDirectory)
                        .toList()) {
                    try (Stream<Path> files = Files.walk(h2)) {
                        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(file);
                        }
                    }
                }
            }
        }

        @Override
        public void close() {
            provisioner.close();
            keycloak.close();
        }
    }
}
