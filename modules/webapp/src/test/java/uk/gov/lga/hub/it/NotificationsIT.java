package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: the daily reminders on Coventry's 2024 cycle (on site 15 to 18 January 2024; report issued 1 March; the
 * feedback report and action plan due by 18 April and published late, on 3 June), run as if it were each day, with
 * what arrives read from GreenMail over IMAP. Exactly once: the same day twice, two runs at once, and a mail server
 * that is down while the job runs.
 */
@ExtendWith(RunningStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIT {

    static final String RUN = "api/v1/admin/notifications/run";
    static final List<String> PEOPLE =
            List.of("coventry-editor", "coventry-viewer", "gateshead-editor", "pcm", "adviser-wm", "adviser-ne");

    final URL base = RunningStack.appUrl();
    Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    @Order(1)
    void onlyAnAdministratorRunsTheJobAndBadDaysAreRefused() throws Exception {
        assertEquals(401, api.send("POST", RUN, null, null).status());
        for (String user : List.of("pcm", "coventry-editor", "adviser-wm")) {
            Api.Reply refused = api.send("POST", RUN, Tokens.of(user), null);
            assertEquals(403, refused.status(), user + ": " + refused.body());
        }
        Api.Reply badDay = api.send("POST", RUN + "?today=10-04-2024", Tokens.of("admin"), null);
        assertEquals(422, badDay.status(), badDay.body());
        assertTrue(badDay.isProblem(), badDay.body());
    }

    @Test
    @Order(2)
    void coventrysCycleRemindsTheRightPeopleOnTheRightDaysAndEscalatesAfterTwoWeeks() throws Exception {
        Map<String, List<String>> expected = new TreeMap<>();
        String report = "Coventry City Council's feedback report";
        String plan = "Coventry City Council's action plan";
        expected.put(
                "2024-04-10",
                List.of(
                        "coventry-editor: " + plan + " is due to be published by 18 April 2024",
                        "coventry-editor: " + report + " is due to be published by 18 April 2024"));
        expected.put(
                "2024-04-19",
                List.of(
                        "coventry-editor: Overdue: " + plan + " was due to be published by 18 April 2024: 1 day late",
                        "coventry-editor: Overdue: " + report + " was due to be published by 18 April 2024: 1 day late",
                        "pcm: Overdue: " + plan + " was due to be published by 18 April 2024: 1 day late",
                        "pcm: Overdue: " + report + " was due to be published by 18 April 2024: 1 day late"));
        expected.put(
                "2024-05-03",
                List.of(
                        "adviser-wm: Escalated: " + plan + " was due to be published by 18 April 2024: 15 days late",
                        "adviser-wm: Escalated: " + report + " was due to be published by 18 April 2024: 15 days late",
                        "coventry-editor: Escalated: " + plan
                                + " was due to be published by 18 April 2024: 15 days late",
                        "coventry-editor: Escalated: " + report
                                + " was due to be published by 18 April 2024: 15 days late",
                        "pcm: Escalated: " + plan + " was due to be published by 18 April 2024: 15 days late",
                        "pcm: Escalated: " + report + " was due to be published by 18 April 2024: 15 days late"));
        Map<String, List<String>> arrived = new TreeMap<>();
        for (String day : expected.keySet()) {
            List<String> before = publicationMail();
            JsonObject result = run(day);
            assertEquals(0, result.getInt("failed"), result.toString());
            List<String> now =
                    awaitPublicationMail(before.size() + expected.get(day).size());
            List<String> added = new ArrayList<>(now);
            before.forEach(added::remove);
            arrived.put(day, added.stream().sorted().toList());
        }
        assertEquals(expected, arrived, "date → recipient: subject");

        // The mail says why, links to the page to act on and to the preferences, in text and HTML.
        Mailbox.Mail escalated = Mailbox.of("adviser-wm").stream()
                .filter(m -> m.subject().startsWith("Escalated: " + plan))
                .findFirst()
                .orElseThrow();
        assertTrue(escalated.text().contains("principal adviser for West Midlands"), escalated.text());
        assertTrue(escalated.text().contains("app/adviser/council.xhtml?code=E08000026"), escalated.text());
        assertTrue(escalated.text().contains("app/notifications/index.xhtml#preferences"), escalated.text());
        assertTrue(escalated.html().contains("<a href="), escalated.html());
        Mailbox.Mail toEditor = Mailbox.of("coventry-editor").stream()
                .filter(m -> m.subject().startsWith("Escalated: " + plan))
                .findFirst()
                .orElseThrow();
        assertTrue(toEditor.text().contains("app/plan/index.xhtml?id="), toEditor.text());
    }

    @Test
    @Order(3)
    void theSameDayRunTwiceOrTwiceAtOnceSendsNothingTwice() throws Exception {
        Map<String, Integer> before = counts();
        JsonObject again = run("2024-05-03");
        assertEquals(0, again.getJsonObject("run").getJsonArray("added").size(), again.toString());

        // Two runs of a new day at the same moment: each notification is decided once.
        String admin = Tokens.of("admin");
        CompletableFuture<JsonObject> first = CompletableFuture.supplyAsync(() -> quietly("2024-10-25", admin));
        CompletableFuture<JsonObject> second = CompletableFuture.supplyAsync(() -> quietly("2024-10-25", admin));
        int added = toPeopleHere(first.get()) + toPeopleHere(second.get());
        assertTrue(added > 0, "the progress review (18 November 2024) is coming on 25 October");
        Thread.sleep(6000);
        Map<String, Integer> after = counts();
        int arrived = after.values().stream().mapToInt(Integer::intValue).sum()
                - before.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(added, arrived, "every decided notification arrived once: " + before + " → " + after);
        for (String person : PEOPLE) {
            List<String> ids =
                    Mailbox.of(person).stream().map(Mailbox.Mail::messageId).toList();
            assertEquals(ids.size(), ids.stream().distinct().count(), person + " got a mail twice: " + ids);
        }
    }

    @Test
    @Order(4)
    void aMailServerThatIsDownDelaysTheMailAndLosesNone() throws Exception {
        RunningStack.mail().close();
        JsonObject result;
        try {
            result = run("2024-12-26");
        } finally {
            RunningStack.mail().startAgain();
        }
        List<String> decided = result.getJsonObject("run").getJsonArray("added").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("recipient").equals("coventry-editor"))
                .map(a -> a.getString("subject"))
                .sorted()
                .toList();
        assertFalse(decided.isEmpty(), "an action is due on 31 December 2024: " + result);
        assertEquals(0, result.getInt("sent"), "nothing could be sent while the server was down: " + result);
        // The server came back empty; the outbox tries again (every few seconds here) and delivers each once.
        List<String> arrived =
                Mailbox.await("coventry-editor", m -> m.size() >= decided.size(), Duration.ofSeconds(60)).stream()
                        .map(Mailbox.Mail::subject)
                        .sorted()
                        .toList();
        assertEquals(decided, arrived, "everything decided while the server was down arrived");
        Thread.sleep(5000);
        List<String> ids = Mailbox.of("coventry-editor").stream()
                .map(Mailbox.Mail::messageId)
                .toList();
        assertEquals(decided.size(), ids.size(), "nothing twice: " + ids);
    }

    @Test
    @Order(5)
    void nobodyHearsAboutAnotherCouncilAndNobodyReadsAnothersNotifications() throws Exception {
        for (String person : List.of("coventry-editor", "coventry-viewer", "adviser-wm")) {
            for (Mailbox.Mail m : Mailbox.of(person)) {
                assertFalse(m.subject().contains("Gateshead") || m.text().contains("E08000037"), person + ": " + m);
            }
        }
        for (String person : List.of("gateshead-editor", "adviser-ne")) {
            for (Mailbox.Mail m : Mailbox.of(person)) {
                assertFalse(m.subject().contains("Coventry") || m.text().contains("E08000026"), person + ": " + m);
            }
        }
        JsonObject mine = api.get("api/v1/notifications", Tokens.of("coventry-editor"))
                .json()
                .asJsonObject();
        assertTrue(mine.getInt("open") > 0, mine.toString());
        long theirs = mine.getJsonArray("notifications")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        for (String other : List.of("gateshead-editor", "coventry-viewer", "pcm")) {
            Api.Reply refused = api.send("POST", "api/v1/notifications/" + theirs + "/done", Tokens.of(other), null);
            assertEquals(404, refused.status(), other + ": " + refused.body());
            assertFalse(
                    api.get("api/v1/notifications?all=true", Tokens.of(other))
                            .body()
                            .contains("\"id\":" + theirs + ","),
                    other + " lists someone else's notification");
        }
        Api.Reply done =
                api.send("POST", "api/v1/notifications/" + theirs + "/done", Tokens.of("coventry-editor"), null);
        assertEquals(200, done.status(), done.body());
        assertEquals(
                mine.getInt("open") - 1,
                api.get("api/v1/notifications", Tokens.of("coventry-editor"))
                        .json()
                        .asJsonObject()
                        .getInt("open"));
        assertEquals(401, api.get("api/v1/notifications", null).status());
    }

    @Test
    @Order(6)
    void aPersonChoosesADigestButOverdueNoticesStillComeAtOnce() throws Exception {
        assertEquals(
                422,
                api.put("api/v1/notifications/preferences", Tokens.of("pcm"), "{\"frequency\":\"HOURLY\"}")
                        .status());
        Api.Reply chosen = api.put("api/v1/notifications/preferences", Tokens.of("pcm"), "{\"frequency\":\"WEEKLY\"}");
        assertEquals(200, chosen.status(), chosen.body());
        assertEquals(
                "WEEKLY",
                api.get("api/v1/notifications/preferences", Tokens.of("pcm"))
                        .json()
                        .asJsonObject()
                        .getString("frequency"));
        // 20 January 2025: the progress review report (due 18 January) is overdue, which is urgent, so the manager
        // hears at once whatever they chose.
        JsonObject result = run("2025-01-20");
        List<String> toManager = result.getJsonObject("run").getJsonArray("added").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("recipient").equals("pcm"))
                .map(a -> a.getString("delivery"))
                .distinct()
                .toList();
        assertEquals(List.of("NOW"), toManager, result.toString());
        api.put("api/v1/notifications/preferences", Tokens.of("pcm"), "{\"frequency\":\"IMMEDIATELY\"}");
    }

    /**
     * The demo loader ends its in-flight visit 80 days before the day it ran; a whole run may cross midnight after
     * loading it, so that is today's date less 80 days, or less 81.
     */
    private static boolean demoInFlightEnds(String onSiteEnd) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return onSiteEnd.equals(today.minusDays(80).toString())
                || onSiteEnd.equals(today.minusDays(81).toString());
    }

    @Test
    @Order(7)
    void theDemosInFlightGatesheadChallengeHasRemindersDueTheFirstTimeTheJobRuns() throws Exception {
        Api.Reply reply = api.send("POST", RUN, Tokens.of("admin"), null);
        assertEquals(200, reply.status(), reply.body());
        // Other suites' Gateshead challenges may have reminders too: this is about the demo's own.
        long inFlight = api.get("api/v1/councils/E08000037/challenges", Tokens.of("pcm")).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> demoInFlightEnds(c.getString("onSiteEnd")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        // Whichever run decided them first (another suite may have run the job for today already), they exist once.
        List<String> toEditor;
        try (java.sql.Connection owner = OwnerDatabase.connect()) {
            toEditor = OwnerDatabase.strings(
                    owner,
                    "select kind from notification where recipient = 'gateshead-editor' and challenge_id = " + inFlight
                            + " order by kind");
        }
        assertEquals(List.of("ACTION_OVERDUE", "PUBLICATION_DUE", "PUBLICATION_DUE"), toEditor, reply.body());
        // Mailed (this suite's GreenMail may have been restarted since, so the record of it is what is checked).
        String mailed = "";
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try (java.sql.Connection owner = OwnerDatabase.connect()) {
            while (mailed.isEmpty() && System.nanoTime() < end) {
                mailed = String.join(
                        "",
                        OwnerDatabase.strings(
                                owner,
                                "select body_text from notification where recipient = 'gateshead-editor'"
                                        + " and kind = 'ACTION_OVERDUE' and sent_at is not null and challenge_id = "
                                        + inFlight));
                Thread.sleep(500);
            }
        }
        assertTrue(mailed.contains("Publish the joint climate plan"), mailed);
        assertTrue(mailed.contains("you own this action"), mailed);
        assertTrue(mailed.contains("app/plan/recommendation.xhtml?challenge=" + inFlight), mailed);
    }

    @Test
    @Order(8)
    void onMondaysEachAdviserGetsTheirRegionsDigestAndNothingOfAnotherRegion() throws Exception {
        // Monday 3 June 2024: Coventry's action 2.7 (due 31 May) became overdue that week.
        JsonObject result = run("2024-06-03");
        List<String> digests = result.getJsonObject("run").getJsonArray("added").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals("REGION_DIGEST"))
                .map(a -> a.getString("recipient"))
                .sorted()
                .toList();
        assertEquals(List.of("adviser-ne", "adviser-wm"), digests, result.toString());
        Mailbox.Mail westMidlands = Mailbox.await(
                        "adviser-wm",
                        m -> m.stream().anyMatch(x -> x.subject().startsWith("West Midlands, week to 3 June 2024")),
                        Duration.ofSeconds(30))
                .stream()
                .filter(x -> x.subject().startsWith("West Midlands, week to 3 June 2024"))
                .findFirst()
                .orElseThrow();
        assertTrue(westMidlands.subject().endsWith("1 newly overdue"), westMidlands.subject());
        assertTrue(westMidlands.text().contains("Who is behind in West Midlands"), westMidlands.text());
        assertTrue(
                westMidlands.text().contains("Coventry City Council: Action overdue since 31 May 2024"),
                westMidlands.text());
        assertFalse(westMidlands.text().contains("Gateshead"), westMidlands.text());
        Mailbox.Mail northEast = Mailbox.await(
                        "adviser-ne",
                        m -> m.stream().anyMatch(x -> x.subject().startsWith("North East, week to 3 June 2024")),
                        Duration.ofSeconds(30))
                .stream()
                .filter(x -> x.subject().startsWith("North East, week to 3 June 2024"))
                .findFirst()
                .orElseThrow();
        assertFalse(northEast.text().contains("Coventry"), northEast.text());
        assertEquals(
                0, run("2024-06-03").getJsonObject("run").getJsonArray("added").size(), "never twice");
    }

    @Test
    @Order(9)
    void whoChoseADailyDigestGetsTheDaysNoticesInOneMailAndNotOneByOne() throws Exception {
        String editor = Tokens.of("coventry-editor");
        assertEquals(
                200,
                api.put("api/v1/notifications/preferences", editor, "{\"frequency\":\"DAILY\"}")
                        .status());
        try {
            // 25 July 2024: Coventry's action 2.1 is due on 31 July, not urgent, so it waits for the digest.
            JsonObject result = run("2024-07-25");
            List<String> waiting = result.getJsonObject("run").getJsonArray("added").stream()
                    .map(JsonValue::asJsonObject)
                    .filter(a -> a.getString("recipient").equals("coventry-editor"))
                    .map(a -> a.getString("kind") + " " + a.getString("delivery"))
                    .toList();
            assertTrue(waiting.contains("ACTION_DUE DAILY_DIGEST"), result.toString());
            assertTrue(result.getInt("digests") >= 1, result.toString());
            List<Mailbox.Mail> mail = Mailbox.await(
                    "coventry-editor",
                    m -> m.stream().anyMatch(x -> x.subject().endsWith("to look at today")),
                    Duration.ofSeconds(30));
            Mailbox.Mail digest = mail.stream()
                    .filter(x -> x.subject().endsWith("to look at today"))
                    .findFirst()
                    .orElseThrow();
            assertTrue(digest.text().contains("Action due on 31 July 2024"), digest.text());
            assertTrue(digest.text().contains("app/notifications/index.xhtml#preferences"), digest.text());
            assertFalse(
                    mail.stream().anyMatch(x -> x.subject().startsWith("Action due on 31 July 2024")),
                    "not also on its own");
        } finally {
            api.put("api/v1/notifications/preferences", editor, "{\"frequency\":\"IMMEDIATELY\"}");
        }
    }

    private JsonObject run(String day) throws Exception {
        Api.Reply reply = api.send("POST", RUN + "?today=" + day, Tokens.of("admin"), null);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    /** How many of the run's notifications are for the demo people whose mail this suite reads. */
    private static int toPeopleHere(JsonObject result) {
        return (int) result.getJsonObject("run").getJsonArray("added").stream()
                .map(JsonValue::asJsonObject)
                .filter(a -> PEOPLE.contains(a.getString("recipient")))
                .count();
    }

    private JsonObject quietly(String day, String token) {
        try {
            Api.Reply reply = api.send("POST", RUN + "?today=" + day, token, null);
            assertEquals(200, reply.status(), reply.body());
            return reply.json().asJsonObject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everyone's mail about publications, as "person: subject". */
    private static List<String> publicationMail() {
        List<String> all = new ArrayList<>();
        for (String person : PEOPLE) {
            Mailbox.of(person).stream()
                    .map(Mailbox.Mail::subject)
                    .filter(s -> s.contains("Coventry City Council's") && s.contains("to be published"))
                    .forEach(s -> all.add(person + ": " + s));
        }
        return all;
    }

    private static List<String> awaitPublicationMail(int atLeast) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<String> mail = publicationMail();
        while (mail.size() < atLeast && System.nanoTime() < end) {
            Thread.sleep(500);
            mail = publicationMail();
        }
        Thread.sleep(1000);
        return publicationMail();
    }

    private static Map<String, Integer> counts() {
        return PEOPLE.stream()
                .collect(Collectors.toMap(p -> p, p -> Mailbox.of(p).size(), (a, b) -> a, TreeMap::new));
    }
}
