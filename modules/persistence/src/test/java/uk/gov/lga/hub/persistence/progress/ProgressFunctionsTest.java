package uk.gov.lga.hub.persistence.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.lga.hub.persistence.AsApplication.bind;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.AsOwner;

/**
 * The dashboards' counting functions (V5) with plain JDBC as the application's role: a progress update written the
 * way the application writes it reaches the figures an adviser's dashboard reads.
 */
class ProgressFunctionsTest {

    private static final String COVENTRY = "E08000026";

    private static Database db;

    @BeforeAll
    static void migrateAndSeedAsTheOwner() throws Exception {
        db = AsOwner.migrated("hub_progress_test");
        try (Connection owner = AsOwner.connect(db);
                var sql = owner.createStatement()) {
            sql.execute("insert into council values (1, '" + COVENTRY
                    + "', 'Coventry', 'METROPOLITAN_DISTRICT', 'west-midlands', 0)");
            sql.execute(
                    "insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start, on_site_end, status)"
                            + " values (10, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2024-01-15', '2024-01-18',"
                            + " 'PUBLISHED')");
            sql.execute("insert into key_recommendation (id, challenge_id, printed_number, title, body, list_order)"
                    + " values (11, 10, '2.1', 'A1', 'text', 1)");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void anUpdateWrittenByTheApplicationReachesTheRegionsFigures() throws Exception {
        try (Connection app = DriverManager.getConnection(db.jdbcUrl(), Database.APP_ROLE, Database.PASSWORD)) {
            app.setAutoCommit(false);
            bind(app, COVENTRY);
            try (var sql = app.createStatement()) {
                sql.execute("insert into council_response (id, council_code, recommendation_id, acceptance, narrative,"
                        + " updated_by, updated_at) values (100, '" + COVENTRY
                        + "', 11, 'ACCEPTED', 'yes', 'a', now())");
                sql.execute("insert into plan_action (id, council_code, response_id, list_order, description, status,"
                        + " updated_by, updated_at) values (500, '" + COVENTRY + "', 100, 1, 'Publish', 'NOT_STARTED',"
                        + " 'a', now())");
            }
            app.commit();
            bind(app, COVENTRY);
            try (var sql = app.createStatement()) {
                sql.execute("insert into progress_update (id, council_code, action_id, written_on, narrative, author,"
                        + " recorded_at) values (501, '" + COVENTRY + "', 500, '2024-06-01', 'Open', 'a', now())");
                sql.execute("update plan_action set last_update_on = '2024-06-01', status = 'IN_PROGRESS',"
                        + " version = version + 1 where id = 500");
            }
            app.commit();
            try (PreparedStatement figures = app.prepareStatement(
                    "select last_update from recommendation_figures(current_date, null, 'west-midlands')")) {
                ResultSet rows = figures.executeQuery();
                rows.next();
                assertEquals(java.sql.Date.valueOf("2024-06-01"), rows.getDate(1));
            }
            app.commit();
        }
    }
}
