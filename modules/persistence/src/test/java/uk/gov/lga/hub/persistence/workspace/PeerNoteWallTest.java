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
 * The peer notes' wall in PostgreSQL, as the application's role: only a transaction bound to a challenge's team
 * ({@code app.peer_challenge}) reads or writes that challenge's notes; a council binding ({@code app.tenant}),
 * even the challenge's own council, sees none.
 */
class PeerNoteWallTest {

    private static final String COVENTRY = "E08000026";
    private static Database db;

    @BeforeAll
    static void migrateAndSeedAsTheOwner() throws Exception {
        db = AsOwner.migrated("hub_peer_note_test");
        try (Connection owner = AsOwner.connect(db);
                var sql = owner.createStatement()) {
            sql.execute("insert into council values (1, '" + COVENTRY
                    + "', 'Coventry', 'METROPOLITAN_DISTRICT', 'west-midlands', 0)");
            sql.execute(
                    "insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start, on_site_end, status)"
                            + " values (10, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2026-03-02', '2026-03-05', 'SCHEDULED'),"
                            + " (20, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2021-03-01', '2021-03-04', 'CLOSED')");
            sql.execute("insert into peer_note (id, challenge_id, theme_code, text, author, written_at) values"
                    + " (100, 10, 'local-priorities-and-outcomes', 'ten', 'pat', now()),"
                    + " (200, 20, 'local-priorities-and-outcomes', 'twenty', 'sam', now())");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void aTransactionBoundToATeamReadsThatTeamsNotesOnly() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            set(app, "app.peer_challenge", "10");
            assertEquals(1, count(app, "select count(*) from peer_note"));
            assertEquals(0, count(app, "select count(*) from peer_note where id = 200"));
            app.rollback();
        }
    }

    @Test
    void noCouncilBindingAndNoBindingAtAllSeesANote() throws Exception {
        try (Connection app = connect(db)) {
            assertEquals(0, count(app, "select count(*) from peer_note"), "unbound");
            app.setAutoCommit(false);
            set(app, "app.tenant", COVENTRY);
            assertEquals(0, count(app, "select count(*) from peer_note"), "bound as the challenge's own council");
            app.rollback();
        }
    }

    @Test
    void aTeamCannotWriteAnotherTeamsNoteNorChangeOrRemoveOne() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            set(app, "app.peer_challenge", "10");
            try (var sql = app.createStatement()) {
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate("insert into peer_note (id, challenge_id, theme_code, text, author,"
                                + " written_at) values (999, 20, 'local-priorities-and-outcomes', 'x', 'pat', now())"));
                assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            }
            app.rollback();
            for (String rewrite : new String[] {"update peer_note set text = 'rewritten'", "delete from peer_note"}) {
                set(app, "app.peer_challenge", "10");
                try (var sql = app.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(rewrite));
                    assertEquals("42501", refused.getSQLState(), rewrite + ": permission denied");
                }
                app.rollback();
            }
        }
    }
}
