package uk.gov.lga.hub.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartablePostgresTest {

    @TempDir
    Path temp;

    @Test
    void aCommittedRowSurvivesACleanStopAndACrashOnTheSamePort() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (RestartablePostgres server = RestartablePostgres.start(temp.resolve("data"), port)) {
            Database db = server.database("hub_restart_test");
            execute(db, "create table kept (id int)");
            execute(db, "insert into kept values (1)");

            server.stop();
            assertFalse(Database.reachable("127.0.0.1", port), "nothing listens while it is stopped");
            server.start();
            execute(db, "insert into kept values (2)");
            try (Connection owner = connect(db);
                    var sql = owner.createStatement();
                    var rows = sql.executeQuery("show synchronous_commit")) {
                rows.next();
                assertEquals("on", rows.getString(1), "a commit is acknowledged only once its WAL is written");
            }

            server.kill();
            assertFalse(Database.reachable("127.0.0.1", port), "nothing listens after the crash");
            server.start();
            assertTrue(Database.reachable("127.0.0.1", port));
            try (Connection owner = connect(db);
                    var sql = owner.createStatement();
                    var rows = sql.executeQuery("select count(*) from kept")) {
                rows.next();
                assertEquals(2, rows.getInt(1), "both committed rows are there after crash recovery");
            }
        }
    }

    private static void execute(Database db, String statement) throws SQLException {
        try (Connection owner = connect(db);
                var sql = owner.createStatement()) {
            sql.execute(statement);
        }
    }

    private static Connection connect(Database db) throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD);
    }
}
