package uk.gov.lga.hub.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import uk.gov.lga.hub.devstack.Database;

/**
 * The test's own look at the database, as the schema owner (which row-level security does not bind): to set up
 * fixtures the API cannot make yet, and to see what really landed where.
 */
final class OwnerDatabase {

    private OwnerDatabase() {}

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(RunningStack.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD);
    }

    static long nextId(Connection owner) throws SQLException {
        return longs(owner, "select nextval('hub_id_seq')").get(0);
    }

    static List<Long> longs(Connection owner, String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (var sql = owner.createStatement();
                var rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }

    static List<String> strings(Connection owner, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var sql = owner.createStatement();
                var rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static void execute(Connection owner, String statement) throws SQLException {
        try (var sql = owner.createStatement()) {
            sql.execute(statement);
        }
    }

    /** Everything council-owned of one council, as text: equal snapshots mean nothing of it changed. */
    static List<String> councilData(Connection owner, String councilCode) throws SQLException {
        List<String> rows = new ArrayList<>(strings(
                owner,
                "select concat_ws('|', id, recommendation_id, acceptance,"
                        + " narrative, version) from council_response where council_code = '" + councilCode
                        + "' order by id"));
        rows.addAll(strings(
                owner,
                "select concat_ws('|', id, action, subject, after_state) from audit_event" + " where council_code = '"
                        + councilCode + "' order by id"));
        for (String table : List.of(
                "plan_action",
                "progress_update",
                "evidence",
                "committee_meeting",
                "action_plan",
                "action_plan_submission",
                "position_statement")) {
            rows.addAll(strings(
                    owner,
                    "select '" + table + "|' || t::text from " + table + " t where council_code = '" + councilCode
                            + "' order by id"));
        }
        return rows;
    }
}
