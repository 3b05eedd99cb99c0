package uk.gov.lga.hub.it;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.gov.lga.hub.devstack.AppSettings;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.devstack.GreenMailServer;
import uk.gov.lga.hub.devstack.KeycloakServer;
import uk.gov.lga.hub.devstack.PayaraMicroServer;
import uk.gov.lga.hub.devstack.ProvisionerServer;

/**
 * Starts the real parts the deployment needs, once per test run: a fresh PostgreSQL database and Keycloak with
 * the dev realm, and the provisioner. Tells Arquillian's Payara Micro how to reach them, and starts one shared
 * Payara Micro for the suites that need no deployment of their own. Stopped when the run ends.
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

    /**
     * The application on one Payara Micro shared by the suites that only talk HTTP to it. Each Payara start costs
     * 15–20 s and, rarely, fails inside Payara itself; one shared start (retried once) keeps both down.
     */
    public static URL appUrl() {
        synchronized (RunningStack.class) {
            if (stack.app == null) {
                stack.app = startApp(stack);
            }
            return toUrl(stack.app.baseUrl() + "/");
        }
    }

    private static PayaraMicroServer startApp(Stack running) {
        Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
        Map<String, String> settings = settings(running.database, running.keycloak, running.provisioner, running.mail);
        for (int attempt = 1; ; attempt++) {
            try {
                Path work = java.nio.file.Files.createDirectories(runtime.resolve("shared-app-" + attempt));
                long t0 = System.nanoTime();
                PayaraMicroServer app = PayaraMicroServer.start(
                        runtime.resolve("payara-micro.jar"),
                        Path.of(System.getProperty("hub.war")),
                        work,
                        freePort(),
                        settings);
                System.out.printf(
                        "[it] shared Payara Micro ready at %s in %.1f s%n",
                        app.baseUrl(), (System.nanoTime() - t0) / 1e9);
                // Every suite may sign in through the UI, so Keycloak must let browsers back to this address.
                Tokens.allowUiRedirectsTo(app.baseUrl());
                return app;
            } catch (Exception failed) {
                if (attempt == 2) {
                    throw new IllegalStateException("The application did not start twice running", failed);
                }
                System.out.println("[it] Payara Micro did not start (" + failed.getMessage() + "); trying once more");
            }
        }
    }

    /** The application's settings on this stack: the dev trigger on, mail to the suite's GreenMail. */
    static Map<String, String> settings(
            Database database, KeycloakServer keycloak, ProvisionerServer provisioner, GreenMailServer mail) {
        Map<String, String> settings =
                AppSettings.of(database.jdbcUrl(), keycloak.realmUrl(), provisioner.baseUrl(), true);
        settings.putAll(mail.appSettings());
        return settings;
    }

    /** What the shared application is configured with, for a suite that starts a second instance beside it. */
    public static Map<String, String> appSettings() {
        return new java.util.LinkedHashMap<>(settings(stack.database, stack.keycloak, stack.provisioner, stack.mail));
    }

    /** The suite's mail server, which tests read over IMAP and may stop and start again. */
    public static GreenMailServer mail() {
        return stack.mail;
    }

    /** A port nothing listens on now, for a server a suite starts of its own. */
    static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static URL toUrl(String url) {
        try {
            return java.net.URI.create(url).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Stack implements AutoCloseable {
        final Database database;
        final KeycloakServer keycloak;
        final ProvisionerServer provisioner;
        final GreenMailServer mail;
        PayaraMicroServer app;

        Stack(Database database, KeycloakServer keycloak, ProvisionerServer provisioner, GreenMailServer mail) {
            this.database = database;
            this.keycloak = keycloak;
            this.provisioner = provisioner;
            this.mail = mail;
        }

        static Stack start() throws Exception {
            long t0 = System.nanoTime();
            Database database = Database.localOrEmbedded(System.getProperty("hub.it.db.name", "hub_it"), true);
            Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
            KeycloakServer keycloak = KeycloakServer.start(
                    runtime.resolve("keycloak.tar.gz"),
                    runtime.resolve("keycloak"),
                    Path.of(System.getProperty("hub.realm.file")),
                    Integer.getInteger("hub.it.keycloak.port", 18180),
                    true);
            ProvisionerServer provisioner = ProvisionerServer.start(
                    Path.of(System.getProperty("hub.provisioning.dir")),
                    Integer.getInteger("hub.it.provisioner.port", 18181),
                    keycloak.baseUrl(),
                    true,
                    runtime.resolve("provisioner.log"));
            GreenMailServer mail = GreenMailServer.start(
                    runtime.resolve("greenmail-standalone.jar"),
                    runtime.resolve("greenmail.log"),
                    Integer.getInteger("hub.it.smtp.port", 18025),
                    Integer.getInteger("hub.it.imap.port", 18143),
                    Integer.getInteger("hub.it.greenmail.api.port", 18026));
            System.out.printf(
                    "[it] PostgreSQL %s%s, Keycloak %s, the provisioner and GreenMail ready in %.1f s%n",
                    database.jdbcUrl(),
                    database.isEmbedded() ? " (embedded)" : "",
                    keycloak.baseUrl(),
                    (System.nanoTime() - t0) / 1e9);
            List<String> options = new ArrayList<>(PayaraMicroServer.jvmOptions());
            options.addAll(AppSettings.asJvmOptions(settings(database, keycloak, provisioner, mail)));
            System.setProperty("payara.cmdOptions", String.join(" ", options));
            return new Stack(database, keycloak, provisioner, mail);
        }

        @Override
        public void close() throws java.io.IOException {
            if (app != null) {
                app.close();
            }
            provisioner.close();
            mail.close();
            keycloak.close();
            database.close();
        }
    }
}
