package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SQL statements one read costs, pinned per GET endpoint of the API (read from its classes, so a new one cannot
 * be left out): each is called as a representative demo user and its {@code X-Hub-Sql-Statements} header (on in the
 * tests through {@code hub.dev.statement-count}) must not exceed the figure pinned here. A query per row (N+1) that
 * comes back raises the count and fails its case; a fix that lowers it should lower the pin too.
 */
@ExtendWith(RunningStack.class)
class StatementCountIT {

    private static final String COVENTRY = "E08000026";

    /** Who asks, what address, and the most statements the answer may take. */
    record Read(String user, String path, int pinned) {}

    /** GET endpoints measured elsewhere or not here, with the reason. */
    private static final Map<String, String> NOT_HERE = Map.of();

    private static Api api;
    private static Connection owner;
    private static long challenge;
    private static long recommendation;
    private static long subscription = -1;
    private static String feedToken;

    @BeforeAll
    static void demo() throws Exception {
        URL app = RunningStack.appUrl();
        api = new Api(app);
        owner = OwnerDatabase.connect();
        challenge = api.get("api/v1/councils/" + COVENTRY + "/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        recommendation = api.get("api/v1/challenges/" + challenge, Tokens.of("pcm"))
                .json()
                .asJsonObject()
                .getJsonArray("recommendations")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        // A feed address is a secret shown once: the viewer makes one for the run and revokes it afterwards.
        var made = api.send(
                        "POST",
                        "api/v1/calendar-subscriptions",
                        Tokens.of("coventry-viewer"),
                        "{\"feed\":\"COUNCIL\",\"council\":\"" + COVENTRY + "\"}")
                .json()
                .asJsonObject();
        subscription = made.getJsonNumber("id").longValue();
        String address = made.getString("address");
        feedToken = address.substring(address.lastIndexOf('/') + 1).replace(".ics", "");
    }

    @AfterAll
    static void revoke() throws Exception {
        if (subscription > 0) {
            api.delete("api/v1/calendar-subscriptions/" + subscription, Tokens.of("coventry-viewer"));
        }
        if (owner != null) {
            owner.close();
        }
    }

    /**
     * The cases, per GET endpoint; empty where the demo holds no record to address (the case is skipped; other suites,
     * such as TenantIsolationIT, give Coventry a submitted plan and evidence). The pins hold with one of every kind
     * of record present (a plan with a submission and evidence reads one more level than the demo's alone).
     */
    private static Map<String, Optional<Read>> reads() throws Exception {
        String plan = "api/v1/action-plans/" + challenge;
        Map<String, Optional<Read>> reads = new LinkedHashMap<>();
        // The challenge and its plan are kept answers (StampedAnswers, KeptAnswerFilter): the second read sends only
        // its stamp's statements (the plan's: the challenge's facts, then plan_stamp binding and reading in one).
        reads.put("GET /api/v1/challenges/{id}", read("coventry-viewer", "api/v1/challenges/" + challenge, 1));
        reads.put(
                "GET /api/v1/challenges/{id}/responses",
                read("coventry-viewer", "api/v1/challenges/" + challenge + "/responses", 7));
        reads.put(
                "GET /api/v1/councils/{code}/challenges",
                read("coventry-viewer", "api/v1/councils/" + COVENTRY + "/challenges", 3));
        reads.put("GET /api/v1/action-plans/{challengeId}", read("coventry-viewer", plan, 2));
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/export.csv", read("coventry-viewer", plan + "/export.csv", 14));
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/export.xlsx",
                read("coventry-viewer", plan + "/export.xlsx", 14));
        reads.put("GET /api/v1/action-plans/{challengeId}/meetings", read("coventry-viewer", plan + "/meetings", 6));
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/position-statement",
                read("coventry-viewer", plan + "/position-statement", 11));
        reads.put(
                "GET /api/v1/progress-reviews/{challengeId}",
                read("coventry-viewer", "api/v1/progress-reviews/" + challenge, 8));
        Optional<Long> submission = first("select s.number from action_plan_submission s join action_plan p"
                + " on p.id = s.plan_id where p.challenge_id = " + challenge + " order by s.number");
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/submissions/{number}",
                submission.map(n -> new Read("coventry-viewer", plan + "/submissions/" + n, 7)));
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/submissions/{number}/changes",
                submission.map(n -> new Read("coventry-viewer", plan + "/submissions/" + n + "/changes", 8)));
        Optional<Long> evidence =
                first("select max(id) from evidence where kind = 'FILE' and challenge_id = " + challenge);
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/evidence/{evidenceId}/versions",
                evidence.map(e -> new Read("coventry-viewer", plan + "/evidence/" + e + "/versions", 7)));
        reads.put(
                "GET /api/v1/action-plans/{challengeId}/evidence/{evidenceId}/content",
                evidence.map(e -> new Read("coventry-viewer", plan + "/evidence/" + e + "/content", 7)));
        String response = "api/v1/recommendations/" + recommendation + "/response";
        reads.put("GET /api/v1/recommendations/{id}/response", read("coventry-viewer", response, 8));
        Optional<Long> action = first("select max(p.id) from plan_action p join council_response r on r.id ="
                + " p.response_id where r.recommendation_id = " + recommendation);
        reads.put(
                "GET /api/v1/recommendations/{id}/response/actions/{actionId}/updates",
                action.map(a -> new Read("coventry-viewer", response + "/actions/" + a + "/updates", 23)));
        String council = "api/v1/councils/" + COVENTRY;
        reads.put("GET /api/v1/councils/{code}/progress", read("coventry-viewer", council + "/progress", 6));
        reads.put(
                "GET /api/v1/councils/{code}/progress/export.{format}",
                read("coventry-viewer", council + "/progress/export.csv", 6));
        reads.put("GET /api/v1/councils/{code}/audit", read("coventry-viewer", council + "/audit", 3));
        reads.put("GET /api/v1/councils/{code}/calendar.ics", read("coventry-viewer", council + "/calendar.ics", 9));
        reads.put("GET /api/v1/councils", read("coventry-viewer", "api/v1/councils", 1));
        reads.put("GET /api/v1/cycle", read("pcm", "api/v1/cycle", 2));
        reads.put("GET /api/v1/focus-areas", read("pcm", "api/v1/focus-areas", 4));
        reads.put("GET /api/v1/national/responses", read("pcm", "api/v1/national/responses", 2));
        reads.put("GET /api/v1/notifications", read("coventry-viewer", "api/v1/notifications", 2));
        reads.put(
                "GET /api/v1/notifications/preferences",
                read("coventry-viewer", "api/v1/notifications/preferences", 1));
        reads.put("GET /api/v1/progress/national", read("pcm", "api/v1/progress/national", 7));
        reads.put(
                "GET /api/v1/progress/national/export.{format}", read("pcm", "api/v1/progress/national/export.csv", 8));
        reads.put(
                "GET /api/v1/progress/regions/{region}",
                read("adviser-wm", "api/v1/progress/regions/west-midlands", 8));
        reads.put(
                "GET /api/v1/progress/regions/{region}/export.{format}",
                read("adviser-wm", "api/v1/progress/regions/west-midlands/export.csv", 8));
        reads.put(
                "GET /api/v1/regions/{region}/calendar.ics",
                read("adviser-wm", "api/v1/regions/west-midlands/calendar.ics", 10));
        reads.put("GET /api/v1/calendars/managed.ics", read("pcm", "api/v1/calendars/managed.ics", 18));
        reads.put("GET /api/v1/calendar-subscriptions", read("coventry-viewer", "api/v1/calendar-subscriptions", 1));
        reads.put(
                "GET /api/v1/calendar-subscriptions/feed/{token}.ics",
                read(null, "api/v1/calendar-subscriptions/feed/" + feedToken + ".ics", 10));
        reads.put(
                "GET /api/v1/admin/councils/{code}/members",
                read("admin", "api/v1/admin/councils/" + COVENTRY + "/members", 2));
        reads.put(
                "GET /api/v1/admin/regions/{region}/advisers",
                read("admin", "api/v1/admin/regions/west-midlands/advisers", 0));
        reads.put("GET /api/v1/public/reports", read(null, "api/v1/public/reports", 3));
        long report = api.get("api/v1/public/reports", null)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        reads.put("GET /api/v1/public/reports/{id}", read(null, "api/v1/public/reports/" + report, 4));
        reads.put("GET /api/v1/public/reports.atom", read(null, "api/v1/public/reports.atom", 3));
        String openData = "api/v1/public/open-data/";
        reads.put("GET /" + openData + "datapackage.json", read(null, openData + "datapackage.json", 1));
        for (String table : List.of("recommendations", "responses", "progress-ratings")) {
            for (String format : List.of(".csv", ".json")) {
                reads.put("GET /" + openData + table + format, read(null, openData + table + format, 1));
            }
        }
        reads.put("GET /api/v1/public/search", read(null, "api/v1/public/search?q=housing+delivery", 2));
        reads.put("GET /api/v1/search", read("coventry-viewer", "api/v1/search?q=housing+delivery", 2));
        reads.put(
                "GET /api/v1/recommendations/{id}/similar",
                read("coventry-viewer", "api/v1/recommendations/" + recommendation + "/similar", 6));
        reads.put("GET /api/v1/peers", read("pcm", "api/v1/peers", 2));
        reads.put(
                "GET /api/v1/peers/{id}",
                first("select min(id) from peer").map(id -> new Read("pcm", "api/v1/peers/" + id, 4)));
        // The demo's in-flight Gateshead challenge has the demo's manager on its team and its report issued within
        // the workspace's three months: the workspace is read-only, and readable.
        Optional<Long> inFlight = first("select c.id from peer_challenge c join council k on k.id = c.council_id"
                + " join peer_team_member m on m.challenge_id = c.id where k.code = 'E08000037' and m.username = 'pcm'"
                + " and c.on_site_end between current_date - 81 and current_date - 80");
        String workspace = "api/v1/challenges/%d/workspace";
        reads.put(
                "GET /api/v1/challenges/{challengeId}/workspace",
                inFlight.map(id -> new Read("pcm", workspace.formatted(id), 9)));
        reads.put(
                "GET /api/v1/challenges/{challengeId}/workspace/notes",
                inFlight.map(id -> new Read("pcm", workspace.formatted(id) + "/notes", 5)));
        // The demo's challenge has no draft saved: these are the reads of a draft started from the scope and timetable.
        reads.put(
                "GET /api/v1/challenges/{challengeId}/workspace/draft",
                inFlight.map(id -> new Read("pcm", workspace.formatted(id) + "/draft", 9)));
        reads.put(
                "GET /api/v1/challenges/{challengeId}/workspace/draft/sections/{sectionKey}/history",
                inFlight.map(
                        id -> new Read("pcm", workspace.formatted(id) + "/draft/sections/introduction/history", 10)));
        Optional<Long> packed = inFlight.flatMap(id -> firstOrEmpty("select max(id) from evidence where"
                + " attached_to = 'DOCUMENT_PACK' and kind = 'FILE' and challenge_id = " + id));
        reads.put(
                "GET /api/v1/challenges/{challengeId}/workspace/documents/{evidenceId}/content",
                packed.map(
                        e -> new Read("pcm", workspace.formatted(inFlight.get()) + "/documents/" + e + "/content", 7)));
        reads.put(
                "GET /api/v1/challenges/{challengeId}/document-pack",
                read("coventry-viewer", "api/v1/challenges/" + challenge + "/document-pack", 6));
        reads.put(
                "GET /api/v1/challenges/{id}/timetable",
                read("coventry-viewer", "api/v1/challenges/" + challenge + "/timetable", 3));
        reads.put(
                "GET /api/v1/admin/councils/register/loads/{id}",
                first("select max(id) from register_load")
                        .map(id -> new Read("admin", "api/v1/admin/councils/register/loads/" + id, 2)));
        return reads;
    }

    private static Optional<Read> read(String user, String path, int pinned) {
        return Optional.of(new Read(user, path, pinned));
    }

    private static Optional<Long> firstOrEmpty(String query) {
        try {
            return first(query);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Long> first(String query) throws Exception {
        return OwnerDatabase.longs(owner, query).stream().filter(v -> v != 0).findFirst();
    }

    @Test
    void every_get_endpoint_has_its_statement_count_pinned() throws Exception {
        var pinned = reads().keySet();
        List<String> missing = new ArrayList<>();
        for (var endpoint : Endpoints.all()) {
            if (endpoint.verb().equals("GET")
                    && !pinned.contains(endpoint.key())
                    && !NOT_HERE.containsKey(endpoint.key())) {
                missing.add(endpoint.key());
            }
        }
        assertEquals(List.of(), missing, "GET endpoints without a pinned statement count");
    }

    @TestFactory
    List<DynamicTest> each_read_sends_no_more_statements_than_pinned() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        var figures = new TreeSet<String>();
        for (var entry : reads().entrySet()) {
            tests.add(DynamicTest.dynamicTest(entry.getKey(), () -> {
                Assumptions.assumeTrue(entry.getValue().isPresent(), "the demo holds no record for " + entry.getKey());
                Read read = entry.getValue().get();
                String token = read.user() == null ? null : Tokens.of(read.user());
                api.download(read.path(), token); // first call of a kind may fill caches; the steady state counts
                var answer = api.download(read.path(), token);
                assertEquals(200, answer.statusCode(), read.path());
                int count = Integer.parseInt(answer.headers()
                        .firstValue("X-Hub-Sql-Statements")
                        .orElseThrow(() -> new AssertionError("no X-Hub-Sql-Statements on " + read.path())));
                figures.add(entry.getKey() + " = " + count);
                System.out.println("[statements] " + entry.getKey() + " as " + read.user() + ": " + count);
                assertTrue(
                        count <= read.pinned(),
                        entry.getKey() + " sent " + count + " statements; pinned at most " + read.pinned());
            }));
        }
        return tests;
    }
}
