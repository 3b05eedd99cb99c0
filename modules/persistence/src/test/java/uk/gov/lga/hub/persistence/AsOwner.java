package uk.gov.lga.hub.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.migration.SchemaMigration;

/**
 * The SQL wall tests' set-up, the twin of {@link AsApplication}: a database of the test's own, migrated as the
 * application migrates it, and seeded as the schema's owner, whom no policy binds.
 */
public final class AsOwner {

    private AsOwner() {}

    /** A fresh database named {@code name}, at the schema's current version. */
    public static Database migrated(String name) throws Exception {
        Database db = Database.localOrEmbedded(name, true);
        SchemaMigration.migrate(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD, Database.APP_ROLE);
        return db;
    }

    public static Connection connect(Database db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD);
    }
}
