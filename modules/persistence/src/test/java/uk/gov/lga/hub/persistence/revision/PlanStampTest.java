package uk.gov.lga.hub.persistence.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.persistence.AsApplication.bind;
import static uk.gov.lga.hub.persistence.AsApplication.connect;
import static uk.gov.lga.hub.persistence.AsApplication.count;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.AsOwner;

/**
 * V28's {@code plan_stamp}, as the application's role: it binds only its own statement, reads the council's
 * revision behind the wall, and can neither rebind nor unbind a transaction it is called in.
 */
class PlanStampTest {

    private static final String COVENTRY = "E08000026";
    private static final String GATESHEAD = "E08000037";
    private static Database db;

    @BeforeAll
    static void migrateAndSeedAsTheOwner() throws Exception {
        db = AsOwner.migrated("hub_plan_stamp_test");
        try (Connection owner = AsOwner.connect(db);
                var sql = owner.createStatement()) {
            sql.execute("insert into council values (1, '" + COVENTRY
                    + "', 'Coventry', 'METROPOLITAN_DISTRICT', 'west-midlands', 0),"
                    + " (2, '" + GATESHEAD + "', 'Gateshead', 'METROPOLITAN_DISTRICT', 'north-east', 0)");
            sql.execute("insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start,"
                    + " on_site_end, status) values (10, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2026-03-02',"
                    + " '2026-03-05', 'SCHEDULED')");
            sql.execute("update council_revision set revision = 7 where council_code = '" + COVENTRY + "'");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void readsTheCouncilsRevisionInOneStatementThatLeavesNoBindingBehind() throws Exception {
        try (Connection app = connect(db)) {
            String stamp = planStamp(app, 10, COVENTRY);
            assertNotNull(stamp);
            assertTrue(stamp.endsWith(".7"), stamp);
            assertEquals("", binding(app), "the binding ended with the statement");
            assertEquals(0, count(app, "select count(*) from council_revision"), "nothing of Coventry's is visible");
        }
    }

    @Test
    void boundToAnotherCouncilThanTheChallengesTheWallHidesTheStamp() throws Exception {
        try (Connection app = connect(db)) {
            assertNull(planStamp(app, 10, GATESHEAD));
        }
    }

    @Test
    void aTransactionBoundToAnotherCouncilIsNeverRebound() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, GATESHEAD);
            SQLException refused = assertThrows(SQLException.class, () -> planStamp(app, 10, COVENTRY));
            assertEquals("42501", refused.getSQLState());
            app.rollback();
        }
    }

    @Test
    void insideATransactionTheBindingIsLeftAsItWasFound() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            assertNotNull(planStamp(app, 10, COVENTRY));
            assertEquals("", binding(app), "an unbound transaction stays unbound");
            bind(app, COVENTRY);
            assertNotNull(planStamp(app, 10, COVENTRY));
            assertEquals(COVENTRY, binding(app), "a transaction bound to the council stays bound to it");
            app.rollback();
        }
    }

    private static String planStamp(Connection app, long challenge, String council) throws SQLException {
        try (PreparedStatement query = app.prepareStatement("select plan_stamp(?, ?)")) {
            query.setLong(1, challenge);
            query.setString(2, council);
            try (var row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static String binding(Connection app) throws SQLException {
        try (var sql = app.createStatement();
                var row = sql.executeQuery("select coalesce(current_setting('app.tenant', true), '')")) {
            row.next();
            return row.getString(1);
        }
    }
}
