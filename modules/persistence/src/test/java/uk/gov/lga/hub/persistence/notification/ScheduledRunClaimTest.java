package uk.gov.lga.hub.persistence.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.AsOwner;

/**
 * Issue 17: the daily job that every instance schedules runs once across the cluster. Two instances claim the same
 * day (as the application's role, on the V19 function {@link SqlScheduledRuns} calls): exactly one holds it.
 */
class ScheduledRunClaimTest {

    private static Database db;

    @BeforeAll
    static void migrate() throws Exception {
        db = AsOwner.migrated("hub_scheduled_run_test");
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void twoInstancesClaimingTheSameDayAtOnceOnlyOneRunsIt() throws Exception {
        try (Connection first = app();
                Connection second = app()) {
            first.setAutoCommit(false);
            assertTrue(claim(first, "2026-03-02", "instance-1", 1800));
            // The second instance's claim waits for the first's transaction, then finds the day taken.
            CompletableFuture<Boolean> secondClaim = CompletableFuture.supplyAsync(() -> {
                try {
                    return claim(second, "2026-03-02", "instance-2", 1800);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThrows(TimeoutException.class, () -> secondClaim.get(300, TimeUnit.MILLISECONDS));
            first.commit();
            assertFalse(secondClaim.get(10, TimeUnit.SECONDS), "the second instance must not run the day too");
            assertEquals("instance-1", claimedBy(second, "2026-03-02"));
        }
    }

    @Test
    void aFinishedDayIsNeverRunAgainEvenOnceTheLeaseHasPassed() throws Exception {
        try (Connection app = app()) {
            assertTrue(claim(app, "2026-03-03", "instance-1", 1800));
            finish(app, "2026-03-03", "instance-1");
            assertFalse(claim(app, "2026-03-03", "instance-2", 0));
            assertFalse(claim(app, "2026-03-03", "instance-1", 0));
        }
    }

    @Test
    void aDayLeftUnfinishedIsTakenOverOnlyAfterItsLease() throws Exception {
        try (Connection app = app()) {
            assertTrue(claim(app, "2026-03-04", "instance-1", 1800));
            assertFalse(claim(app, "2026-03-04", "instance-2", 1800), "within the lease it is instance-1's");
            assertTrue(claim(app, "2026-03-04", "instance-2", 0), "instance-1 died: past the lease it is retaken");
            assertEquals("instance-2", claimedBy(app, "2026-03-04"));
            assertTrue(claim(app, "2026-03-05", "instance-1", 1800), "each day is claimed on its own");
        }
    }

    @Test
    void theApplicationMayNotDeleteAClaim() throws Exception {
        try (Connection app = app();
                var sql = app.createStatement()) {
            claim(app, "2026-03-06", "instance-1", 1800);
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("delete from scheduled_run"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    private static Connection app() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(), Database.APP_ROLE, Database.PASSWORD);
    }

    private static boolean claim(Connection c, String day, String instance, int leaseSeconds) throws SQLException {
        try (var claim = c.prepareStatement("select claim_scheduled_run('daily-reminders', cast(? as date), ?, ?)")) {
            claim.setString(1, day);
            claim.setString(2, instance);
            claim.setInt(3, leaseSeconds);
            try (var result = claim.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** What {@link SqlScheduledRuns#finish} sends. */
    private static void finish(Connection c, String day, String instance) throws SQLException {
        try (var done = c.prepareStatement("update scheduled_run set finished_at = clock_timestamp()"
                + " where job = 'daily-reminders' and day = cast(? as date) and claimed_by = ?")) {
            done.setString(1, day);
            done.setString(2, instance);
            assertEquals(1, done.executeUpdate());
        }
    }

    private static String claimedBy(Connection c, String day) throws SQLException {
        try (var read = c.prepareStatement(
                "select claimed_by from scheduled_run where job = 'daily-reminders' and day = cast(? as date)")) {
            read.setString(1, day);
            try (var result = read.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
