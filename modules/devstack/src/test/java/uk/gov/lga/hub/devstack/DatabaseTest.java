package uk.gov.lga.hub.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTest {

    @Test
    void anEmbeddedPostgresStartsWithTheOwnerAndTheApplicationRole() throws Exception {
        try (Database db = Database.embedded("hub_embedded_test")) {
            assertTrue(db.isEmbedded());
            try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD);
                    var sql = owner.createStatement()) {
                sql.execute("create table owned_by_owner (id int)");
            }
            try (Connection app = DriverManager.getConnection(db.jdbcUrl(), Database.APP_ROLE, Database.PASSWORD);
                    var sql = app.createStatement();
                    var rows = sql.executeQuery("select current_user, "
                            + "(select tableowner from pg_tables where tablename = 'owned_by_owner')")) {
                rows.next();
                assertEquals(Database.APP_ROLE, rows.getString(1));
                assertEquals(Database.OWNER_ROLE, rows.getString(2), "the application role owns nothing");
                // Without a grant the application role cannot read the owner's table.
                assertThrows(SQLException.class, () -> sql.executeQuery("select * from owned_by_owner"));
            }
        }
    }

    @Test
    void aLocalServerIsFoundWhenItAnswers() {
        assertFalse(Database.reachable("127.0.0.1", 1), "nothing listens on port 1");
    }
}
