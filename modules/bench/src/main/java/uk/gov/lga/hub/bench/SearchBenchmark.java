package uk.gov.lga.hub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.gov.lga.hub.application.search.SearchReaders;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.search.SearchSql;

/**
 * Times search at national scale (the {@link NationalData} set), one search at a time after a warm-up: two-word
 * queries as the public, as an LGA administrator (every council's words), as a principal adviser (a region's
 * councils) and as a council user (one council's). Each search is exactly what the service runs per request: a
 * transaction as the application's own role (so row-level security applies), {@code app.readable_councils} set,
 * then {@link SearchSql}'s one statement for page one with its facets. Reports p50, p95, p99 and max in ms.
 *
 * <p>Usage: {@code SearchBenchmark <database name> <searches per caller>}.
 */
public final class SearchBenchmark {

    /** Two-word queries as people type them: common subjects, rarer pairs, and words across subjects. */
    static final List<String> QUERIES = List.of(
            "housing delivery",
            "financial resilience",
            "scrutiny arrangements",
            "workforce planning",
            "climate emergency",
            "digital transformation",
            "homelessness prevention",
            "capital programme",
            "member development",
            "town centre",
            "housing scrutiny",
            "culture performance",
            "net zero",
            "asset management",
            "commercial income",
            "public health",
            "partnership working",
            "budget savings",
            "leisure services",
            "skills employment");

    private SearchBenchmark() {}

    record Caller(String name, SearchReaders readers) {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "hub_bench_1";
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        try (Database db = Database.localOrEmbedded(name, false);
                Connection app = DriverManager.getConnection(db.jdbcUrl(), Database.APP_ROLE, Database.PASSWORD)) {
            app.setAutoCommit(false);
            List<String> westMidlands = strings(app, "select code from council where region_code = 'west-midlands'");
            String oneCouncil = westMidlands.get(0);
            List<Caller> callers = List.of(
                    new Caller("public", SearchReaders.PUBLIC),
                    new Caller("LGA admin", new SearchReaders(true, Set.of(), Optional.empty())),
                    new Caller(
                            "adviser (" + westMidlands.size() + " councils)",
                            new SearchReaders(false, Set.copyOf(westMidlands), Optional.empty())),
                    new Caller("council user", new SearchReaders(false, Set.of(oneCouncil), Optional.empty())));
            System.out.printf(
                    "[bench] %s: %s published rows, %s council rows%n",
                    db.jdbcUrl(),
                    strings(app, "select count(*)::text from published_search_entry")
                            .get(0),
                    countAsOwner(db));
            for (Caller caller : callers) {
                for (int i = 0; i < 50; i++) {
                    search(app, QUERIES.get(i % QUERIES.size()), caller.readers());
                }
            }
            for (Caller caller : callers) {
                double[] millis = new double[searches];
                long found = 0;
                for (int i = 0; i < searches; i++) {
                    long started = System.nanoTime();
                    found += search(app, QUERIES.get(i % QUERIES.size()), caller.readers());
                    millis[i] = (System.nanoTime() - started) / 1e6;
                }
                Arrays.sort(millis);
                System.out.printf(
                        "[bench] search as %-26s n=%d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms"
                                + "  (%d results a search on average)%n",
                        caller.name(),
                        searches,
                        DashboardBenchmark.percentile(millis, 50),
                        DashboardBenchmark.percentile(millis, 95),
                        DashboardBenchmark.percentile(millis, 99),
                        millis[millis.length - 1],
                        found / searches);
            }
        }
    }

    /** One search as the service runs it; returns the number of results. */
    static long search(Connection app, String text, SearchReaders readers) throws Exception {
        try (PreparedStatement set = app.prepareStatement("select set_config('app.readable_councils', ?, true)")) {
            set.setString(1, readers.setting());
            set.execute();
        }
        SearchSql.Statement statement =
                SearchSql.of(SearchRequest.of(text, null, null, null, null, null, null, null), readers, false);
        try (PreparedStatement query = app.prepareStatement(statement.sql().replaceAll("\\?[0-9]+", "?"))) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setObject(i + 1, statement.parameters().get(i));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                long total = rows.getLong(1);
                rows.getString(7);
                app.commit();
                return total;
            }
        }
    }

    private static String countAsOwner(Database db) throws Exception {
        try (Connection owner = DriverManager.getConnection(db.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD)) {
            return strings(owner, "select count(*)::text from council_search_entry")
                    .get(0);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return values;
    }
}
