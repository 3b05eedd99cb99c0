package uk.gov.lga.hub.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.gov.lga.hub.devstack.AppSettings;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.devstack.KeycloakServer;
import uk.gov.lga.hub.devstack.ProvisionerServer;

/**
 * Starts the real parts the deployment needs, once per test run: a fresh PostgreSQL database and Keycloak with
 * the dev realm. Then tells Arquillian's Payara Micro how to reach them. Stopped when the run ends.
 */
public class RunningStack implements BeforeAllCallback {

    private static Stack stack;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningStack.class) {
            if (stack == null) {
                stack = Stack.start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningStack.class, stack);
            }
        }
    }

    public static String realmUrl() {
        return stack.keycloak.realmUrl();
    }

    public static String keycloakUrl() {
        return stack.keycloak.baseUrl();
    }

    public static String jdbcUrl() {
        return stack.database.jdbcUrl();
    }

    public static String provisionerUrl() {
        return stack.provisioner.baseUrl();
    }

    record Stack(Database database, KeycloakServer keycloak, ProvisionerServer provisioner) implements AutoCloseable {

        static Stack start() throws Exception {
            long t0 = System.nanoTime();
            Database database = Database.localOrEmbedded(System.getProperty("hub.it.db.name", "hub_it"), true);
            Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
            KeycloakServer keycloak = KeycloakServer.start(runtime.resolve("keycloak.tar.gz"),
                    runtime.resolve("keycloak"), Path.of(System.getProperty("hub.realm.file")),
                    Integer.getInteger("hub.it.keycloak.port", 18180), true);
            ProvisionerServer provisioner = ProvisionerServer.start(Path.of(System.getProperty("hub.provisioning.dir")),
                    Integer.getInteger("hub.it.provisioner.port", 18181), keycloak.baseUrl(), true,
                    runtime.resolve("provisioner.log"));
            System.out.printf("[it] PostgreSQL %s%s, Keycloak %s and the provisioner ready in %.1f s%n",
                    database.jdbcUrl(), database.isEmbedded() ? " (embedded)" : "", keycloak.baseUrl(),
                    (System.nanoTime() - t0) / 1e9);
            List<String> options = new ArrayList<>(List.of("-Xmx768m"));
            options.addAll(AppSettings.asJvmOptions(AppSettings.of(database.jdbcUrl(), keycloak.realmUrl(),
                    provisioner.baseUrl(), true)));
            System.setProperty("payara.cmdOptions", String.join(" ", options));
            return new Stack(database, keycloak, provisioner);
        }

        @Override
        public void close() throws Exception {
            provisioner.close();
            keycloak.close();
            database.close();
        }
    }
}
