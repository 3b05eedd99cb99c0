package uk.gov.lga.hub.persistence.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.persistence.AsApplication.bind;
import static uk.gov.lga.hub.persistence.AsApplication.connect;
import static uk.gov.lga.hub.persistence.AsApplication.count;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.AsOwner;

/**
 * The second wall, with plain JDBC as the application's own database role: whatever the SQL says, a
 * transaction sees and writes only the rows of the council it set in {@code app.tenant}, and none without it.
 */
class RowLevelSecurityTest {

    private static final String A = "E08000026";
    private static final String B = "E08000037";
    private static final String[] TENANT_TABLES = {
        "council_response",
        "audit_event",
        "plan_action",
        "progress_update",
        "action_plan",
        "action_plan_submission",
        "council_self_assessment"
    };

    private static Database db;
    private static long responseOfB;

    @BeforeAll
    static void migrateAndSeedAsTheOwner() throws Exception {
        db = AsOwner.migrated("hub_rls_test");
        try (Connection owner = AsOwner.connect(db);
                var sql = owner.createStatement()) {
            sql.execute("insert into council values (1, '" + A
                    + "', 'Coventry', 'METROPOLITAN_DISTRICT', 'west-midlands', 0)," + " (2, '" + B
                    + "', 'Gateshead', 'METROPOLITAN_DISTRICT', 'north-east', 0)");
            sql.execute(
                    "insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start, on_site_end, status)"
                            + " values (10, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2024-01-15', '2024-01-18', 'PUBLISHED'),"
                            + " (20, 2, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2025-03-03', '2025-03-06', 'PUBLISHED')");
            sql.execute("insert into key_recommendation (id, challenge_id, printed_number, title, body, list_order)"
                    + " values (11, 10, '2.1', 'A1', 'text', 1), (12, 10, '2.2', 'A2', 'text', 2),"
                    + " (21, 20, '1', 'B1', 'text', 1)");
            // The owner is not bound by the policies: that is how it seeds both councils here.
            sql.execute("insert into council_response (id, council_code, recommendation_id, acceptance, narrative,"
                    + " updated_by, updated_at) values (100, '" + A + "', 11, 'ACCEPTED', 'A says yes', 'a', now()),"
                    + " (101, '" + A + "', 12, 'NOT_ACCEPTED', 'A says no', 'a', now()),"
                    + " (200, '" + B + "', 21, 'ACCEPTED', 'B says yes', 'b', now())");
            sql.execute("insert into plan_action (id, council_code, response_id, list_order, description, status,"
                    + " updated_by, updated_at) values (500, '" + A + "', 100, 1, 'Publish the vision', 'NOT_STARTED',"
                    + " 'a', now())");
            sql.execute("insert into progress_update (id, council_code, action_id, written_on, narrative, author,"
                    + " recorded_at) values (501, '" + A + "', 500, '2024-06-01', 'Consultation open', 'a', now())");
            sql.execute("insert into action_plan (id, council_code, challenge_id, status) values (502, '" + A
                    + "', 10, 'SUBMITTED')");
            sql.execute("insert into action_plan_submission (id, council_code, plan_id, number, submitted_by,"
                    + " submitted_at, snapshot) values (503, '" + A + "', 502, 1, 'a', now(), '{}')");
            sql.execute("insert into council_self_assessment (id, council_code, recommendation_id, rag, narrative,"
                    + " updated_by, updated_at) values (600, '" + A + "', 11, 'GREEN', 'A is on track', 'a', now()),"
                    + " (601, '" + B + "', 21, 'AMBER', 'B is getting there', 'b', now())");
            sql.execute("insert into audit_event (id, council_code, occurred_at, actor, action, subject)"
                    + " values (300, '" + A + "', now(), 'a', 'response.created', 'x'),"
                    + " (400, '" + B + "', now(), 'b', 'response.created', 'y')");
        }
        responseOfB = 200;
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void withNoTenantSetEveryTenantTableLooksEmpty() throws Exception {
        try (Connection app = connect(db)) {
            for (String table : TENANT_TABLES) {
                assertEquals(0, count(app, "select count(*) from " + table), table);
                assertEquals(
                        0, count(app, "select count(*) from " + table + " where council_code = '" + B + "'"), table);
            }
        }
    }

    @Test
    void withTenantASetNoQueryReturnsTenantBsRows() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, A);
            assertEquals(List.of(A, A), strings(app, "select council_code from council_response order by id"));
            assertEquals(0, count(app, "select count(*) from council_response where id = " + responseOfB));
            assertEquals(0, count(app, "select count(*) from council_response where council_code = '" + B + "'"));
            assertEquals(0, count(app, "select count(*) from council_response where recommendation_id = 21"));
            assertEquals(
                    0,
                    count(
                            app,
                            "select count(*) from council_response r join key_recommendation k"
                                    + " on k.id = r.recommendation_id where k.challenge_id = 20"));
            assertEquals(0, count(app, "select count(*) from audit_event where id = 400"));
            assertEquals(1, count(app, "select count(*) from audit_event"));
            app.rollback();
        }
    }

    @Test
    void withTenantASetNothingCanBeWrittenToTenantB() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, A);
            try (var sql = app.createStatement()) {
                assertEquals(
                        0,
                        sql.executeUpdate(
                                "update council_response set narrative = 'hijacked' where id = " + responseOfB),
                        "B's row is invisible, so nothing is updated");
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate(
                                "insert into council_response (id, council_code, recommendation_id, acceptance, narrative,"
                                        + " updated_by, updated_at) values (999, '" + B
                                        + "', 21, 'ACCEPTED', 'x', 'a', now())"));
                assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            }
            app.rollback();
        }
        try (Connection owner = AsOwner.connect(db)) {
            assertEquals(
                    List.of("B says yes"), strings(owner, "select narrative from council_response where id = 200"));
        }
    }

    @Test
    void aCouncilsSelfAssessmentCannotBeReadOrRewrittenByAnotherCouncil() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, A);
            assertEquals(List.of("A is on track"), strings(app, "select narrative from council_self_assessment"));
            try (var sql = app.createStatement()) {
                assertEquals(0, sql.executeUpdate("update council_self_assessment set rag = 'RED' where id = 601"));
                SQLException delete = assertThrows(
                        SQLException.class, () -> sql.executeUpdate("delete from council_self_assessment"));
                assertEquals("42501", delete.getSQLState(), "self-assessments are never removed");
            }
            app.rollback();
            bind(app, A);
            try (var sql = app.createStatement()) {
                SQLException refused = assertThrows(
                        SQLException.class,
                        () -> sql.executeUpdate("insert into council_self_assessment (id, council_code,"
                                + " recommendation_id, rag, narrative, updated_by, updated_at) values (999, '" + B
                                + "', 21, 'GREEN', 'x', 'a', now())"));
                assertTrue(refused.getMessage().contains("row-level security"), refused.getMessage());
            }
            app.rollback();
        }
        try (Connection owner = AsOwner.connect(db)) {
            assertEquals(List.of("AMBER"), strings(owner, "select rag from council_self_assessment where id = 601"));
        }
    }

    @Test
    void theTenantSettingEndsWithTheTransactionSoAPooledConnectionForgetsIt() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, A);
            assertEquals(2, count(app, "select count(*) from council_response"));
            app.commit();
            assertEquals(0, count(app, "select count(*) from council_response"));
            app.commit();
        }
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeletedByTheApplication() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, A);
            try (var sql = app.createStatement()) {
                SQLException update = assertThrows(
                        SQLException.class, () -> sql.executeUpdate("update audit_event set actor = 'someone else'"));
                assertEquals("42501", update.getSQLState(), "permission denied");
            }
            app.rollback();
            bind(app, A);
            try (var sql = app.createStatement()) {
                SQLException delete =
                        assertThrows(SQLException.class, () -> sql.executeUpdate("delete from audit_event"));
                assertEquals("42501", delete.getSQLState(), "permission denied");
            }
            app.rollback();
        }
    }

    @Test
    void everyTableWithACouncilCodeIsBehindARowLevelSecurityPolicy() throws Exception {
        try (Connection owner = AsOwner.connect(db)) {
            List<String> tables = strings(
                    owner,
                    "select c.table_name from information_schema.columns c"
                            + " where c.table_schema = 'public' and c.column_name = 'council_code' order by 1");
            assertTrue(
                    tables.containsAll(List.of(
                            "council_response",
                            "plan_action",
                            "progress_update",
                            "evidence",
                            "evidence_file",
                            "committee_meeting",
                            "action_plan",
                            "action_plan_submission",
                            "position_statement",
                            "council_self_assessment",
                            "action_due_date_change",
                            "audit_event")),
                    tables.toString());
            List<String> unwalled = strings(
                    owner,
                    "select t.relname from pg_class t where t.relname in ("
                            + String.join(
                                    ",", tables.stream().map(n -> "'" + n + "'").toList())
                            + ") and (not t.relrowsecurity"
                            + " or not exists (select 1 from pg_policies p where p.tablename = t.relname))");
            assertEquals(List.of(), unwalled, "council-owned tables without row-level security");
        }
    }

    @Test
    void progressUpdatesAndSubmittedVersionsCannotBeRewrittenOnlyDecidedOn() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            for (String rewrite : List.of(
                    "update progress_update set narrative = 'rewritten'",
                    "delete from progress_update",
                    "update action_plan_submission set snapshot = '{\"forged\":1}'",
                    "delete from evidence")) {
                bind(app, A);
                try (var sql = app.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(rewrite), rewrite);
                    assertEquals("42501", refused.getSQLState(), rewrite + ": permission denied");
                }
                app.rollback();
            }
            bind(app, A);
            try (var sql = app.createStatement()) {
                assertEquals(
                        1,
                        sql.executeUpdate("update action_plan_submission set decision = 'ACCEPTED',"
                                + " decided_by = 'pcm', decided_at = now() where id = 503"),
                        "the LGA's decision is recorded");
            }
            app.rollback();
        }
    }

    @Test
    void nationalCountsCrossTheWallAsCountsOnly() throws Exception {
        try (Connection app = connect(db)) {
            assertEquals(
                    List.of(A + ":2", B + ":1"),
                    strings(
                            app,
                            "select council_code || ':' || responses from national_response_counts() order by council_code"));
        }
    }

    @Test
    void noFunctionThatCrossesTheWallIsPublicsToCall() throws Exception {
        try (Connection owner = AsOwner.connect(db)) {
            List<String> definers = strings(
                    owner,
                    "select p.proname from pg_proc p join pg_namespace n"
                            + " on n.oid = p.pronamespace where p.prosecdef and n.nspname = 'public' order by 1");
            assertTrue(definers.contains("count_response_actions"), definers.toString());
            List<String> open = strings(
                    owner,
                    "select p.proname from pg_proc p join pg_namespace n"
                            + " on n.oid = p.pronamespace where p.prosecdef and n.nspname = 'public'"
                            + " and has_function_privilege('public', p.oid, 'EXECUTE') order by 1");
            assertEquals(List.of(), open, "SECURITY DEFINER functions that PUBLIC may execute");
        }
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            bind(app, A);
            try (var sql = app.createStatement()) {
                SQLException refused = assertThrows(
                        SQLException.class, () -> sql.execute("select count_response_actions(" + responseOfB + ")"));
                assertEquals("42501", refused.getSQLState(), "the application may not recount another council");
            }
            app.rollback();
        }
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var sql = connection.createStatement();
                var rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
