package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.devstack.AppSettings;
import uk.gov.lga.hub.devstack.Database;
import uk.gov.lga.hub.devstack.PayaraMicroServer;
import uk.gov.lga.hub.devstack.RestartablePostgres;

/**
 * PostgreSQL goes away under a stream of council writes and comes back. Meanwhile every request is answered
 * quickly with 503 and Retry-After (never 500, never a long wait); once it is back the application answers
 * within seconds; and every write it acknowledged is in the database. This suite owns its PostgreSQL and its
 * Payara Micro (Keycloak and the provisioner are the shared ones), because it breaks them on purpose.
 */
@ExtendWith(RunningStack.class)
class DatabaseFaultIT {

    private static final String COVENTRY = "E08000026";
    private static final Duration OUTAGE = Duration.ofSeconds(6);
    private static final long MAX_ANSWER_MILLIS_WHILE_DOWN = 2000;
    private static final double MAX_RECOVERY_SECONDS = 5.0;
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static RestartablePostgres postgres;
    private static Database database;
    private static PayaraMicroServer app;

    @BeforeAll
    static void startOwnDatabaseAndApplication() throws Exception {
        Path runtime = Path.of(System.getProperty("hub.runtime.dir"));
        Path data = runtime.resolve("fault-postgres");
        deleteRecursively(data);
        postgres = RestartablePostgres.start(data, RunningStack.freePort());
        database = postgres.database("hub_fault");
        Path work = Files.createDirectories(runtime.resolve("fault-app"));
        long t0 = System.nanoTime();
        app = PayaraMicroServer.start(
                runtime.resolve("payara-micro.jar"),
                Path.of(System.getProperty("hub.war")),
                work,
                RunningStack.freePort(),
                AppSettings.of(database.jdbcUrl(), RunningStack.realmUrl(), RunningStack.provisionerUrl(), true));
        System.out.printf(
                "[it] fault suite: PostgreSQL on port %d, Payara Micro ready at %s in %.1f s%n",
                postgres.port(), app.baseUrl(), (System.nanoTime() - t0) / 1e9);
        Tokens.allowUiRedirectsTo(app.baseUrl());
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCleanStopOfTheDatabaseIsAnswered503WithRetryAfterAndNoAcknowledgedWriteIsLost() throws Exception {
        outage("clean stop", postgres::stop);
    }

    @Test
    void aCrashOfTheDatabaseIsAnswered503WithRetryAfterAndNoAcknowledgedWriteIsLost() throws Exception {
        outage("kill -9", postgres::kill);
    }

    private void outage(String kind, Fault fault) throws Exception {
        String editor = Tokens.of("coventry-editor");
        String updates = anOpenActionsUpdates(editor);
        String run = kind.replaceAll("[^a-z0-9]+", "-") + "-" + System.currentTimeMillis();
        HttpClient browser = signedInToTheUi("coventry-editor");

        Writer writer = new Writer(updates, editor, run);
        Thread stream = new Thread(writer, "council-writes");
        stream.setDaemon(true);
        stream.start();
        List<Call> probes = new ArrayList<>();
        long down;
        long restartBegins;
        long up;
        Call firstSuccess;
        try {
            writer.awaitAcknowledged(3);
            fault.apply();
            down = System.nanoTime();
            while (System.nanoTime() - down < OUTAGE.toNanos()) {
                probes.add(call("GET", "/", null, null));
                probes.add(call(browser, "GET", "/app/", null, null));
                probes.add(call("GET", "/health/ready", null, null));
                probes.add(call("GET", updates, editor, null));
                Thread.sleep(500);
            }
            restartBegins = System.nanoTime();
            postgres.start();
            up = System.nanoTime();
            firstSuccess = writer.firstSuccessEndingAfter(up, Duration.ofSeconds(30));
            writer.awaitAcknowledgedAfter(up, 10);
        } finally {
            postgres.start(); // whatever failed, the next test starts with a database
            writer.stop();
            stream.join(Duration.ofSeconds(40).toMillis());
        }

        List<Call> all = new ArrayList<>(writer.calls);
        all.addAll(probes);
        List<Call> duringOutage = all.stream()
                .filter(c -> c.start >= down && c.end <= restartBegins)
                .toList();
        double recovery = (firstSuccess.end - up) / 1e9;
        Set<String> acknowledged = writer.calls.stream()
                .filter(c -> c.status == 201)
                .map(c -> c.narrative)
                .collect(Collectors.toSet());
        Set<String> lost = new HashSet<>(acknowledged);
        lost.removeAll(storedNarratives(run));
        System.out.printf(
                "[it] database fault (%s): recovery %.1f s after restart, %d requests during outage "
                        + "(max wait %d ms, statuses %s), %d acknowledged writes, %d lost%n",
                kind,
                recovery,
                duringOutage.size(),
                duringOutage.stream().mapToLong(Call::millis).max().orElse(0),
                statuses(duringOutage),
                acknowledged.size(),
                lost.size());

        assertTrue(lost.isEmpty(), "acknowledged writes missing from the database: " + lost);
        assertFalse(
                all.stream().anyMatch(c -> c.status >= 500 && c.status != 503),
                "never a 500 or any 5xx but 503: " + statuses(all));
        assertTrue(duringOutage.size() >= 5, "the stream went on during the outage: " + duringOutage.size());
        duringOutage.forEach(DatabaseFaultIT::assertBrieflyUnavailable);
        assertTrue(
                recovery <= MAX_RECOVERY_SECONDS,
                "answers again within 5 s of the database being back: " + recovery + " s");
        assertEquals(200, call("GET", "/health/ready", null, null).status, "ready again");
    }

    /** 503 within 2 s; Retry-After and a problem document (API) or a readable page (the public pages). */
    private static void assertBrieflyUnavailable(Call c) {
        assertEquals(503, c.status, c.describe());
        assertTrue(c.millis() <= MAX_ANSWER_MILLIS_WHILE_DOWN, "answered within 2 s: " + c.describe());
        if (c.path.startsWith("/health/")) {
            return; // the readiness report is MicroProfile Health's own document
        }
        assertTrue(c.retryAfter != null && c.retryAfter.matches("\\d+"), "Retry-After in seconds: " + c.describe());
        if (c.path.startsWith("/api/")) {
            assertTrue(c.contentType.startsWith("application/problem+json"), c.describe());
            assertEquals(503, Tokens.json(c.body).asJsonObject().getInt("status"), c.describe());
        } else {
            assertTrue(c.contentType.startsWith("text/html"), c.describe());
            assertTrue(c.body.contains("The service is briefly unavailable"), c.describe());
        }
    }

    private static Set<String> storedNarratives(String run) throws Exception {
        try (Connection owner =
                DriverManager.getConnection(database.jdbcUrl(), Database.OWNER_ROLE, Database.PASSWORD)) {
            return new HashSet<>(OwnerDatabase.strings(
                    owner, "select narrative from progress_update where narrative like '" + run + "-%'"));
        }
    }

    /** The updates of one of Coventry's actions that is still open, from its latest challenge's action plan. */
    private String anOpenActionsUpdates(String editor) throws Exception {
        Call challenges = call("GET", "/api/v1/councils/" + COVENTRY + "/challenges", editor, null);
        assertEquals(200, challenges.status, challenges.describe());
        long challenge = Tokens.json(challenges.body)
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Call plan = call("GET", "/api/v1/action-plans/" + challenge, editor, null);
        assertEquals(200, plan.status, plan.describe());
        for (var entry : Tokens.json(plan.body).asJsonObject().getJsonArray("recommendations")) {
            JsonObject recommendation = entry.asJsonObject();
            for (var action : recommendation.getJsonArray("actions")) {
                if (!action.asJsonObject().getString("status").equals("COMPLETE")) {
                    return "/api/v1/recommendations/" + recommendation.getJsonNumber("recommendationId")
                            + "/response/actions/" + action.asJsonObject().getJsonNumber("id") + "/updates";
                }
            }
        }
        throw new AssertionError("Coventry's demo action plan has no open action");
    }

    /** A client that keeps cookies and follows redirects, signed in to the UI through Keycloak's login form. */
    private static HttpClient signedInToTheUi(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(app.baseUrl() + "/app/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher form = Pattern.compile("action=\"([^\"]*login-actions/authenticate[^\"]*)\"")
                .matcher(login.body());
        assertTrue(form.find(), "Keycloak's login form: " + login.uri());
        String fields = "username=" + username + "&password=demo&credentialId=";
        HttpResponse<String> landed = browser.send(
                HttpRequest.newBuilder(URI.create(form.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landed.statusCode(), "signed in to the UI: " + landed.uri());
        assertTrue(landed.uri().toString().startsWith(app.baseUrl() + "/app"), "back in the UI: " + landed.uri());
        return browser;
    }

    /**
     * Cookies as a browser keeps them for http://localhost, which it counts as a secure context: Keycloak marks
     * its login cookies Secure, and Java's CookieManager would otherwise never send them back over http.
     */
    private static final class LocalhostCookies extends CookieManager {

        LocalhostCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) {
            headers.forEach((name, values) -> {
                if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                    values.forEach(value -> HttpCookie.parse(value).forEach(cookie -> {
                        cookie.setSecure(false);
                        if (cookie.getPath() == null) {
                            String path = uri.getPath();
                            cookie.setPath(
                                    path == null || path.isEmpty()
                                            ? "/"
                                            : path.substring(0, path.lastIndexOf('/') + 1));
                        }
                        getCookieStore().add(uri, cookie);
                    }));
                }
            });
        }
    }

    /** One council editor posting progress updates one after another, as fast as the application answers. */
    private static final class Writer implements Runnable {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        private final String path;
        private final String token;
        private final String run;
        private final AtomicBoolean stopped = new AtomicBoolean();

        Writer(String path, String token, String run) {
            this.path = path;
            this.token = token;
            this.run = run;
        }

        @Override
        public void run() {
            for (int n = 1; !stopped.get(); n++) {
                String narrative = run + "-" + n;
                try {
                    Call c = call("POST", path, token, "{\"narrative\":\"" + narrative + "\"}");
                    c.narrative = narrative;
                    calls.add(c);
                    if (c.status != 201) {
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    calls.add(Call.failed(path, narrative, e));
                }
            }
        }

        void stop() {
            stopped.set(true);
        }

        void awaitAcknowledged(int count) throws InterruptedException {
            awaitAcknowledgedAfter(0, count);
        }

        void awaitAcknowledgedAfter(long since, int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (calls.stream()
                            .filter(c -> c.status == 201 && c.start >= since)
                            .count()
                    < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("fewer than " + count + " writes acknowledged: " + statuses(calls));
                }
                Thread.sleep(50);
            }
        }

        Call firstSuccessEndingAfter(long since, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (Call c : calls) {
                    if (c.status == 201 && c.end >= since) {
                        return c;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no write acknowledged within " + timeout + " of the restart: " + statuses(calls));
        }
    }

    private static final class Call {
        String path;
        String narrative;
        long start;
        long end;
        int status;
        String contentType = "";
        String retryAfter;
        String body = "";

        long millis() {
            return (end - start) / 1_000_000;
        }

        String describe() {
            return path + " answered " + status + " in " + millis() + " ms (Retry-After " + retryAfter + "): "
                    + body.substring(0, Math.min(body.length(), 300));
        }

        static Call failed(String path, String narrative, Exception e) {
            Call c = new Call();
            c.path = path;
            c.narrative = narrative;
            c.start = c.end = System.nanoTime();
            c.status = -1;
            c.body = String.valueOf(e);
            return c;
        }
    }

    private static Call call(String verb, String path, String token, String json) throws Exception {
        return call(HTTP, verb, path, token, json);
    }

    private static Call call(HttpClient client, String verb, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        verb,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        Call c = new Call();
        c.path = path;
        c.start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        c.end = System.nanoTime();
        c.status = response.statusCode();
        c.contentType = response.headers().firstValue("Content-Type").orElse("");
        c.retryAfter = response.headers().firstValue("Retry-After").orElse(null);
        c.body = response.body();
        return c;
    }

    private static String statuses(List<Call> calls) {
        Map<Integer, Long> counts =
                new TreeMap<>(calls.stream().collect(Collectors.groupingBy(c -> c.status, Collectors.counting())));
        return counts.toString();
    }

    @FunctionalInterface
    private interface Fault {
        void apply() throws Exception;
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
