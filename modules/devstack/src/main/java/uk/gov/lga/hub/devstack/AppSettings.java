package uk.gov.lga.hub.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The configuration the application gets from the stack: one place for the run command and the tests. */
public final class AppSettings {

    /** How often a signed-in UI session is rechecked with Keycloak in the dev stack and the tests. */
    public static final int DEV_SESSION_RECHECK_SECONDS = 5;

    /** GreenMail's ports on a developer's machine: SMTP for the application, IMAP for reading what it sent. */
    public static final int DEV_SMTP_PORT = 3025;

    public static final int DEV_IMAP_PORT = 3143;

    private AppSettings() {}

    public static Map<String, String> of(
            String jdbcUrl, String keycloakRealmUrl, String provisionerUrl, boolean demoData) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("hub.db.url", jdbcUrl);
        settings.put("hub.db.owner.user", Database.OWNER_ROLE);
        settings.put("hub.db.owner.password", Database.PASSWORD);
        settings.put("hub.db.app.user", Database.APP_ROLE);
        settings.put("hub.db.app.password", Database.PASSWORD);
        settings.put("hub.demo-data.enabled", Boolean.toString(demoData));
        settings.put("mp.jwt.verify.issuer", keycloakRealmUrl);
        settings.put("mp.jwt.verify.publickey.location", keycloakRealmUrl + "/protocol/openid-connect/certs");
        settings.put("hub.provisioning.url", provisionerUrl);
        settings.put("hub.provisioning.key", ProvisionerServer.DEV_KEY);
        // The dev stack and the tests recheck UI sessions with Keycloak every few seconds, so a user removed or
        // disabled there loses access at once (production keeps the default, 300 s: docs/operations.md).
        settings.put("hub.ui.session.recheck-seconds", Integer.toString(DEV_SESSION_RECHECK_SECONDS));
        // The development trigger for the daily reminders (POST /api/v1/admin/notifications/run): never in production.
        settings.put("hub.dev.notifications-trigger", "true");
        // Each answer says how many SQL statements it took (X-Hub-Sql-Statements, StatementCountIT), and the bench's
        // yardsticks (/dev/bench/noop and /dev/bench/row, deploy/bench/load.sh) exist: never in production.
        settings.put("hub.dev.statement-count", "true");
        settings.put("hub.dev.bench-endpoints", "true");
        // "Today" may be moved (PUT/DELETE /api/v1/admin/clock, PeerWorkspaceIT): never in production.
        settings.put("hub.dev.clock-control", "true");
        // No scheduled reminders or mail unless the stack has a mail server (GreenMailServer#appSettings): an extra
        // instance a test starts beside the shared one must not deliver the shared outbox elsewhere.
        settings.put("hub.notifications.enabled", "false");
        return settings;
    }

    public static List<String> asJvmOptions(Map<String, String> settings) {
        return settings.entrySet().stream()
                .map(e -> "-D" + e.getKey() + "=" + e.getValue())
                .toList();
    }
}
