package uk.gov.lga.hub.persistence.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.persistence.AsApplication.connect;
import static uk.gov.lga.hub.persistence.AsApplication.count;
import static uk.gov.lga.hub.persistence.AsApplication.set;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.AsOwner;

/**
 * The draft report's wall in PostgreSQL, as the application's role: only a transaction bound to a challenge's team
 * ({@code app.peer_challenge}) reads or writes that challenge's draft, its sections and its trail; a council
 * binding ({@code app.tenant}), even the challenge's own council, sees none; the trail is never rewritten, and two
 * saves of the same version cannot both land.
 */
class DraftReportWallTest {

    private static final String GATESHEAD = "E08000037";
    private static final String[] TABLES = {"draft_report", "draft_section", "draft_change"};
    private static Database db;

    @BeforeAll
    static void migrateAndSeedAsTheOwner() throws Exception {
        db = AsOwner.migrated("hub_draft_report_test");
        try (Connection owner = AsOwner.connect(db);
                var sql = owner.createStatement()) {
            sql.execute("insert into council values (1, '" + GATESHEAD
                    + "', 'Gateshead', 'METROPOLITAN_DISTRICT', 'north-east', 0)");
            sql.execute(
                    "insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start, on_site_end, status)"
                            + " values (10, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2026-03-02', '2026-03-05', 'SCHEDULED'),"
                            + " (20, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2021-03-01', '2021-03-04', 'CLOSED')");
            for (int challenge : new int[] {10, 20}) {
                sql.execute("insert into draft_report (id, challenge_id, state) values (" + challenge + "0, "
                        + challenge + ", 'WITH_TEAM')");
                sql.execute("insert into draft_section (id, draft_id, challenge_id, section_key, kind, heading,"
                        + " list_order, text, text_version, changed_by, changed_at) values (" + challenge + "1, "
                        + challenge + "0, " + challenge + ", 'introduction', 'INTRODUCTION', 'Introduction', 0,"
                        + " 'words', 1, 'pat', now())");
                sql.execute("insert into draft_change (id, challenge_id, kind, section_key, text_version, text, actor,"
                        + " changed_at) values (" + challenge + "2, " + challenge
                        + ", 'SECTION_SAVED', 'introduction', 1, 'words', 'pat', now())");
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aTransactionBoundToATeamReadsThatTeamsDraftOnly() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            set(app, "app.peer_challenge", "10");
            for (String table : TABLES) {
                assertEquals(1, count(app, "select count(*) from " + table), table);
                assertEquals(0, count(app, "select count(*) from " + table + " where challenge_id = 20"), table);
            }
            app.rollback();
        }
    }

    @Test
    void noCouncilBindingAndNoBindingAtAllSeesTheDraft() throws Exception {
        try (Connection app = connect(db)) {
            for (String table : TABLES) {
                assertEquals(0, count(app, "select count(*) from " + table), "unbound: " + table);
            }
            app.setAutoCommit(false);
            set(app, "app.tenant", GATESHEAD);
            for (String table : TABLES) {
                assertEquals(0, count(app, "select count(*) from " + table), "the challenge's own council: " + table);
            }
            app.rollback();
        }
    }

    @Test
    void aTeamCannotWriteAnotherTeamsDraftNorRewriteOrRemoveItsTrail() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            set(app, "app.peer_challenge", "10");
            try (var sql = app.createStatement()) {
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate("insert into draft_change (id, challenge_id, kind, actor, changed_at)"
                                + " values (999, 20, 'HANDED_OVER', 'pat', now())"));
                assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            }
            app.rollback();
            set(app, "app.peer_challenge", "10");
            try (var sql = app.createStatement()) {
                assertEquals(0, sql.executeUpdate("update draft_section set text = 'theirs' where challenge_id = 20"));
            }
            app.rollback();
            for (String rewrite : new String[] {
                "update draft_change set text = 'rewritten'", "delete from draft_change", "delete from draft_section"
            }) {
                set(app, "app.peer_challenge", "10");
                try (var sql = app.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(rewrite));
                    assertEquals("42501", refused.getSQLState(), rewrite + ": permission denied");
                }
                app.rollback();
            }
        }
    }

    @Test
    void twoSavesOfTheSameVersionCannotBothLand() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            set(app, "app.peer_challenge", "10");
            try (var sql = app.createStatement()) {
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate("insert into draft_change (id, challenge_id, kind, section_key,"
                                + " text_version, text, actor, changed_at) values (998, 10, 'SECTION_SAVED',"
                                + " 'introduction', 1, 'other words', 'sam', now())"));
                assertEquals("23505", refused.getSQLState(), refused.getMessage());
            }
            app.rollback();
        }
    }
}
