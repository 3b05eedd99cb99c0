package uk.gov.lga.hub.persistence.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.persistence.AsApplication.bind;
import static uk.gov.lga.hub.persistence.AsApplication.connect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.search.SearchReaders;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.persistence.AsOwner;

/**
 * The search statement against the migrated schema, as the application's own role with plain JDBC: the public sees
 * published content only, a council's words are found only by readers of that council (the wall holds for
 * search), facet counts equal the results they filter to, and misspelt council names are still found.
 */
class SearchSqlTest {

    private static final String A = "E08000026";
    private static final String B = "E08000037";
    private static Database db;

    @BeforeAll
    static void migrateAndSeed() throws Exception {
        db = AsOwner.migrated("hub_search_sql_test");
        try (Connection owner = AsOwner.connect(db);
                var sql = owner.createStatement()) {
            sql.execute("insert into council values (1, '" + A + "', 'Coventry City Council', 'METROPOLITAN_DISTRICT',"
                    + " 'west-midlands', 0), (2, '" + B + "', 'Gateshead Council', 'UNITARY', 'north-east', 0)");
            sql.execute("insert into peer_challenge (id, council_id, kind, theme_framework, on_site_start,"
                    + " on_site_end, status) values (10, 1, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2024-01-15',"
                    + " '2024-01-18', 'PUBLISHED'), (20, 2, 'CORPORATE_PEER_CHALLENGE', 'CPC_2020', '2025-03-03',"
                    + " '2025-03-06', 'REPORT_DRAFT')");
            sql.execute("insert into peer_challenge_scope values (10, 'governance-and-culture')");
            sql.execute("insert into key_recommendation values"
                    + " (11, 10, '1', 'Strengthen housing delivery', 'Build affordable homes with partners', 1),"
                    + " (12, 10, '2', 'Modernise scrutiny', 'Scrutiny of housing & homes, 3 < 5 <img src=x onerror=alert(1)> decisions', 2),"
                    + " (21, 20, '1', 'Improve housing repairs', 'Unpublished quokkaword about repairs', 1)");
            sql.execute("insert into key_recommendation_theme values (11, 'local-priorities-and-outcomes'),"
                    + " (12, 'governance-and-culture'), (21, 'capacity-for-improvement')");
        }
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            try (var sql = app.createStatement()) {
                sql.execute("insert into publication values (100, 10, 'FEEDBACK_REPORT', '2024-04-01', 'http://x',"
                        + " '{\"council\":\"Coventry City Council\",\"executiveSummary\":\"Strong leadership on housing\","
                        + "\"feedbackByTheme\":{},\"recommendations\":[{\"number\":\"1\",\"title\":\"Strengthen housing"
                        + " delivery\",\"text\":\"Build affordable homes with partners\"},{\"number\":\"2\",\"title\":"
                        + "\"Modernise scrutiny\",\"text\":\"Scrutiny of housing & homes, 3 < 5 <img src=x onerror=alert(1)> decisions\"}]}',"
                        + " 'pcm', now())");
            }
            app.commit();
            bind(app, A);
            try (var sql = app.createStatement()) {
                sql.execute("insert into council_response values (200, '" + A + "', 11, 'ACCEPTED',"
                        + " 'Coventry will wombatword the housing plan', 'a', now(), 0)");
            }
            app.commit();
            bind(app, B);
            try (var sql = app.createStatement()) {
                sql.execute("insert into council_response values (201, '" + B + "', 21, 'ACCEPTED',"
                        + " 'Gateshead keeps its wombatword private', 'b', now(), 0)");
            }
            app.commit();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

    @Test
    void thePublicFindsPublishedReportsAndRecommendationsOnly() throws Exception {
        Result housing = search("housing", SearchReaders.PUBLIC);
        assertEquals(3, housing.total, housing.hits.toString());
        assertTrue(housing.hits.stream().allMatch(h -> h.contains("\"published\" : true")), housing.hits.toString());
        assertEquals(0, search("wombatword", SearchReaders.PUBLIC).total);
        assertEquals(0, search("quokkaword", SearchReaders.PUBLIC).total);
    }

    @Test
    void aCouncilFindsItsOwnWordsAndNeverAnotherCouncils() throws Exception {
        Result coventry = search("wombatword", readers(A));
        assertEquals(1, coventry.total);
        assertTrue(coventry.hits.get(0).contains("Coventry will"), coventry.hits.toString());
        Result gateshead = search("wombatword", readers(B));
        assertEquals(1, gateshead.total);
        assertTrue(gateshead.hits.get(0).contains("Gateshead keeps"), gateshead.hits.toString());
        assertEquals(0, search("quokkaword", readers(A)).total, "B's unpublished recommendation");
        assertEquals(1, search("quokkaword", readers(B)).total);
        assertEquals(2, search("wombatword", new SearchReaders(true, Set.of(), Optional.empty())).total);
    }

    @Test
    void withNoReadableCouncilsSetTheCouncilIndexLooksEmpty() throws Exception {
        try (Connection app = connect(db);
                var sql = app.createStatement();
                var rows = sql.executeQuery("select count(*) from council_search_entry")) {
            rows.next();
            assertEquals(0, rows.getInt(1), "no tenant, no readable councils: nothing behind the wall");
        }
        assertEquals(0, search("wombatword", new SearchReaders(false, Set.of(), Optional.of("somebody"))).total);
    }

    @Test
    void facetCountsEqualTheResultsTheyFilterTo() throws Exception {
        SearchReaders everyone = new SearchReaders(true, Set.of(), Optional.empty());
        Result all = search("housing", everyone);
        assertTrue(all.total >= 5, all.hits.toString());
        for (String kind : List.of("RECOMMENDATION", "FEEDBACK_REPORT", "RESPONSE")) {
            long facet = count(all.kindFacet, kind);
            assertEquals(facet, search(request("housing", kind), everyone).total, kind);
        }
    }

    @Test
    void theSearchFunctionsKeepToThePolicysRule() throws Exception {
        for (String function : List.of(
                "search_council_words(websearch_to_tsquery('english', 'wombatword'))",
                "search_council_titles('Response to 1')")) {
            try (Connection app = connect(db)) {
                app.setAutoCommit(false);
                assertEquals(List.of(), codes(app, function), "nothing readable: " + function);
                try (PreparedStatement set =
                        app.prepareStatement("select set_config('app.readable_councils', ?, true)")) {
                    set.setString(1, B);
                    set.execute();
                }
                assertEquals(List.of(B), codes(app, function), "only B: " + function);
                app.rollback();
                bind(app, A);
                assertEquals(List.of(A), codes(app, function), "the bound council: " + function);
                app.rollback();
            }
        }
    }

    @Test
    void aMisspeltWordFindsNearMatchesWhenTheWordsFindNothing() throws Exception {
        Result result = search("scrutny", SearchReaders.PUBLIC);
        assertEquals(1, result.total, result.hits.toString());
        assertTrue(result.hits.get(0).contains("Modernise scrutiny"), result.hits.toString());
    }

    @Test
    void aCouncilRenamedOrMovedByTheRegisterIsFoundAsItIsNow() throws Exception {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            try (var sql = app.createStatement()) {
                sql.execute("update council set name = 'Coventry Renamed Council', region_code = 'north-west'"
                        + " where code = '" + A + "'");
                sql.execute("update council set name = 'Gateshead Renamed Council' where code = '" + B + "'");
            }
            try (var sql = app.createStatement();
                    var rows = sql.executeQuery("select distinct council_name, region_code from published_search_entry"
                            + " where council = '" + A + "'")) {
                assertTrue(rows.next());
                assertEquals("Coventry Renamed Council", rows.getString(1));
                assertEquals("north-west", rows.getString(2));
                assertFalse(rows.next());
            }
            bind(app, B);
            try (var sql = app.createStatement();
                    var rows = sql.executeQuery("select distinct council_name from council_search_entry")) {
                assertTrue(rows.next());
                assertEquals("Gateshead Renamed Council", rows.getString(1), "the council's own rows, behind the wall");
                assertFalse(rows.next());
            }
            app.rollback();
        }
    }

    private static List<String> codes(Connection app, String function) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (var sql = app.createStatement();
                var rows = sql.executeQuery("select distinct council_code from " + function + " order by 1")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    @Test
    void aMisspeltCouncilNameIsStillFound() throws Exception {
        Result result = search("Coventy", SearchReaders.PUBLIC);
        assertTrue(result.total >= 1, "near-miss of Coventry");
    }

    @Test
    void snippetsEscapeTheTextAndMarkOnlyTheMatches() throws Exception {
        Result result = search("scrutiny", SearchReaders.PUBLIC);
        String hit = result.hits.stream()
                .filter(h -> h.contains("onerror"))
                .findFirst()
                .orElseThrow();
        String snippet = Snippets.html(hit);
        assertFalse(snippet.contains("<img"), snippet);
        assertTrue(snippet.contains("&lt;img src=x onerror=alert(1)&gt;"), snippet);
        assertTrue(snippet.contains("housing &amp; homes, 3 &lt; 5"), snippet);
        assertTrue(snippet.contains("<mark>Scrutiny</mark>"), snippet);
    }

    private record Result(long total, List<String> hits, String kindFacet) {}

    private static SearchReaders readers(String council) {
        return new SearchReaders(false, Set.of(council), Optional.empty());
    }

    private static SearchRequest request(String text, String kind) {
        return SearchRequest.of(text, null, null, null, null, kind, null, null);
    }

    private static Result search(String text, SearchReaders readers) throws SQLException {
        return search(request(text, null), readers);
    }

    private static Result search(SearchRequest request, SearchReaders readers) throws SQLException {
        try (Connection app = connect(db)) {
            app.setAutoCommit(false);
            Result result = run(app, request, readers);
            app.rollback();
            return result;
        }
    }

    /** What SqlSearchIndex does, with JDBC's plain placeholders. */
    private static Result run(Connection app, SearchRequest request, SearchReaders readers) throws SQLException {
        try (PreparedStatement set = app.prepareStatement("select set_config('app.readable_councils', ?, true)")) {
            set.setString(1, readers.setting());
            set.execute();
        }
        Result words = run(app, request, readers, false);
        return words.total > 0 ? words : run(app, request, readers, true);
    }

    private static Result run(Connection app, SearchRequest request, SearchReaders readers, boolean near)
            throws SQLException {
        SearchSql.Statement statement = SearchSql.of(request, readers, near);
        try (PreparedStatement query = app.prepareStatement(statement.sql().replaceAll("\\?[0-9]+", "?"))) {
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setObject(i + 1, statement.parameters().get(i));
            }
            try (var rows = query.executeQuery()) {
                rows.next();
                List<String> hits = new ArrayList<>();
                String page = rows.getString(7);
                for (String h : page.split("\\{\"kind\"")) {
                    if (h.length() > 2) {
                        hits.add(h);
                    }
                }
                return new Result(rows.getLong(1), hits, rows.getString(6));
            }
        }
    }

    private static long count(String facetJson, String value) {
        int at = facetJson.indexOf("\"value\" : \"" + value + "\"");
        if (at < 0) {
            return 0;
        }
        String rest = facetJson.substring(facetJson.indexOf("\"count\" : ", at) + 10);
        return Long.parseLong(rest.substring(0, rest.indexOf('}')).strip());
    }
}
