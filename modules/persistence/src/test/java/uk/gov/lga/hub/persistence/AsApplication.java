package uk.gov.lga.hub.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import uk.gov.lga.hub.devstack.Database;

/**
 * The SQL wall tests' one way of acting as the application: logged in as its role (which owns no table, so every
 * policy binds it), with its transaction-local settings, counting what it can see.
 */
public final class AsApplication {

    private AsApplication() {}

    public static Connection connect(Database db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), Database.APP_ROLE, Database.PASSWORD);
    }

    /** A transaction-local setting, as the application sets them: never a session SET. */
    public static void set(Connection connection, String setting, String value) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config(?, ?, true)")) {
            set.setString(1, setting);
            set.setString(2, value);
            set.execute();
        }
    }

    /** Exactly what the application does at the start of each council's transaction. */
    public static void bind(Connection connection, String council) throws SQLException {
        set(connection, "app.tenant", council);
    }

    public static int count(Connection connection, String query) throws SQLException {
        try (var sql = connection.createStatement();
                var rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
