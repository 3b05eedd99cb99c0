package uk.gov.lga.hub.persistence.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at start-up. Runs as the schema owner over its own connection, because the
 * application's pooled role owns nothing and may not create tables (the row-level-security policies rely on it).
 */
@ApplicationScoped
public class SchemaMigration {

    static final String OWNER_PASSWORD = "hub.db.owner.password";

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    @ConfigProperty(name = "hub.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "hub.db.owner.user")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "hub.db.app.user")
    String appUser;

    /** Migrates with the owner's password, which the application then forgets (see {@link #takeOwnerPassword}). */
    public MigrateResult migrate() {
        return migrate(url, ownerUser, takeOwnerPassword(), appUser);
    }

    /**
     * The schema owner's password, taken once: from the system property {@value #OWNER_PASSWORD}, which is then
     * cleared, or else from the environment variable {@code HUB_DB_OWNER_PASSWORD}. Nothing in the running
     * application keeps it, so a flaw in the application cannot reach the owner's rights after start-up.
     */
    static String takeOwnerPassword() {
        String password = System.getProperty(OWNER_PASSWORD);
        System.clearProperty(OWNER_PASSWORD);
        return password != null
                ? password
                : java.util.Objects.requireNonNullElse(System.getenv("HUB_DB_OWNER_PASSWORD"), "");
    }

    /** Migrates as the owner and grants the application role what the migrations say it may do. */
    public static MigrateResult migrate(String url, String ownerUser, String ownerPassword, String appUser) {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(url, ownerUser, ownerPassword)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", appUser))
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return result;
    }
}
