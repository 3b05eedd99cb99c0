package uk.gov.lga.hub.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * What deploy/run.sh runs: PostgreSQL (configured, local or embedded), Keycloak (configured or started here),
 * then Payara Micro with the WAR and the demo data; with HUB_CLUSTER=n (deploy/cluster.sh) n instances of it behind
 * HAProxy ({@link AppCluster}). Ctrl-C stops everything this started.
 */
public final class DevStack {

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path runtime = root.resolve("modules/devstack/target/runtime");
        Path work = Files.createDirectories(root.resolve("deploy/.run"));
        Deque<AutoCloseable> started = new ArrayDeque<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(started)));
        long t0 = System.nanoTime();

        String jdbcUrl = System.getenv("HUB_DB_URL");
        if (jdbcUrl == null) {
            Database db = Database.localOrEmbedded(env("HUB_DB_NAME", "hub"), false);
            started.push(db);
            jdbcUrl = db.jdbcUrl();
            say("PostgreSQL " + (db.isEmbedded() ? "embedded, started" : "on 127.0.0.1:5432") + ": " + jdbcUrl);
        } else {
            say("PostgreSQL from HUB_DB_URL: " + jdbcUrl);
        }

        String realmUrl = System.getenv("HUB_KEYCLOAK_REALM_URL");
        int appPort = Integer.parseInt(env("HUB_PORT", "8080"));
        long t1 = System.nanoTime();
        if (realmUrl == null) {
            KeycloakServer keycloak = KeycloakServer.start(
                    runtime.resolve("keycloak.tar.gz"),
                    work.resolve("keycloak"),
                    KeycloakServer.realmFileFor(root.resolve("deploy/keycloak/lga-realm.json"), work, appPort),
                    Integer.parseInt(env("HUB_KEYCLOAK_PORT", "8180")));
            started.push(keycloak);
            realmUrl = keycloak.realmUrl();
            say("Keycloak ready at " + keycloak.baseUrl() + " in " + seconds(t1) + " (" + keycloak.startupSummary()
                    + ")");
        } else {
            say("Keycloak from HUB_KEYCLOAK_REALM_URL: " + realmUrl);
        }

        String provisionerUrl = System.getenv("HUB_PROVISIONING_URL");
        if (provisionerUrl == null) {
            String keycloakBase = realmUrl.substring(0, realmUrl.indexOf("/realms/"));
            ProvisionerServer provisioner = ProvisionerServer.start(
                    root.resolve("modules/provisioning"),
                    Integer.parseInt(env("HUB_PROVISIONER_PORT", "8181")),
                    keycloakBase,
                    false,
                    work.resolve("provisioner.log"));
            started.push(provisioner);
            provisionerUrl = provisioner.baseUrl();
            say("Provisioner ready at " + provisionerUrl);
        }

        GreenMailServer mail = GreenMailServer.start(
                runtime.resolve("greenmail-standalone.jar"),
                work.resolve("greenmail.log"),
                Integer.parseInt(env("HUB_SMTP_PORT", Integer.toString(AppSettings.DEV_SMTP_PORT))),
                Integer.parseInt(env("HUB_IMAP_PORT", Integer.toString(AppSettings.DEV_IMAP_PORT))),
                Integer.parseInt(env("HUB_GREENMAIL_API_PORT", "3080")));
        started.push(mail);
        say("GreenMail: SMTP on 127.0.0.1:" + mail.smtpPort() + ", IMAP on 127.0.0.1:" + mail.imapPort()
                + " (any login; mail for jo@example.gov.uk is in the mailbox of user jo@example.gov.uk, any password)");

        Map<String, String> settings = AppSettings.of(jdbcUrl, realmUrl, provisionerUrl, true);
        settings.putAll(mail.appSettings());
        // Variables the operator set win over the stack's defaults (HUB_DB_OWNER_USER → hub.db.owner.user, …).
        settings.replaceAll(
                (key, value) -> System.getenv().getOrDefault(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        int instances = Integer.parseInt(env("HUB_CLUSTER", "1"));
        Path war = root.resolve("modules/webapp/target/hub.war");
        if (instances > 1) {
            long t2 = System.nanoTime();
            AppCluster cluster = AppCluster.start(
                    runtime.resolve("payara-micro.jar"),
                    war,
                    work,
                    appPort,
                    instances,
                    Integer.parseInt(env("HUB_HAZELCAST_PORT", "5910")),
                    settings,
                    DevStack::say);
            started.push(cluster);
            say("Peer Challenge Hub ready at " + cluster.baseUrl() + " (HAProxy, " + instances + " instances) in "
                    + seconds(t2) + " (whole stack " + seconds(t0) + ")");
        } else {
            KeptRuntime kept = KeptRuntime.in(work.resolve("payara-root"), runtime.resolve("payara-micro.jar"));
            if (!kept.hasClassArchive()) {
                long recording = System.nanoTime();
                Path dir = Files.createDirectories(work.resolve("payara-recording"));
                PayaraMicroServer.recordClassArchive(kept, war, dir, appPort, settings);
                say("Payara Micro's class-data archive made in " + seconds(recording)
                        + ", once (a start that records the classes it loads)");
            }
            long t2 = System.nanoTime();
            PayaraMicroServer app = PayaraMicroServer.start(kept, war, work, appPort, settings);
            started.push(app);
            say("Peer Challenge Hub ready at " + app.baseUrl() + " in " + seconds(t2) + " of Payara Micro starting ("
                    + app.startupSummary() + "; whole stack " + seconds(t0) + ")");
        }
        say("Logs in " + work + ". Press Ctrl-C to stop.");
        Thread.currentThread().join();
    }

    private static void stopAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("While stopping: " + e);
            }
        }
    }

    /** The stack's ports and database name can move, so a second stack (e.g. a benchmark's) can run beside it. */
    private static String env(String name, String otherwise) {
        return System.getenv().getOrDefault(name, otherwise);
    }

    private static String seconds(long since) {
        return String.format("%.1f s", (System.nanoTime() - since) / 1e9);
    }

    private static void say(String line) {
        System.out.println("[hub] " + line);
    }
}
