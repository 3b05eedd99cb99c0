package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calendar feeds (RFC 5545) and their secret subscription addresses, over HTTP with real tokens: what a calendar
 * app reads parses with ical4j and holds the right events, and the tenant wall holds for every feed and address.
 */
@ExtendWith(RunningStack.class)
class CalendarIT {

    private static final String COVENTRY = "E08000026";
    private static final String GATESHEAD = "E08000037";
    private static final String COUNCIL_FEED = "api/v1/councils/%s/calendar.ics";

    final URL base = RunningStack.appUrl();

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void theCoventryFeedParsesWithIcal4jAndHoldsTheVisitItsDeadlinesReviewAndActions() throws Exception {
        String viewer = Tokens.of("coventry-viewer");
        JsonObject challenge = coventry2024(viewer);
        long id = challenge.getJsonNumber("id").longValue();

        Api.Reply reply = api.get(COUNCIL_FEED.formatted(COVENTRY), viewer);
        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().toLowerCase().startsWith("text/calendar"), reply.contentType());
        assertTrue(reply.contentType().toLowerCase().replace(" ", "").contains("charset=utf-8"), reply.contentType());
        Map<String, VEvent> events = events(reply.body());

        VEvent visit = events.get("challenge-" + id + "-visit@peer-challenge-hub");
        assertEquals("20240115", value(visit, Property.DTSTART));
        assertEquals("20240119", value(visit, Property.DTEND), "the day after the last on-site day");
        assertTrue(isDate(visit, Property.DTSTART) && isDate(visit, Property.DTEND), "an all-day event");
        for (JsonValue deadline : challenge.getJsonArray("deadlines")) {
            String kind =
                    deadline.asJsonObject().getString("kind").toLowerCase().replace('_', '-');
            VEvent due = events.get("challenge-" + id + "-" + kind + "-due@peer-challenge-hub");
            assertEquals(deadline.asJsonObject().getString("due").replace("-", ""), value(due, Property.DTSTART));
        }
        assertTrue(events.containsKey("challenge-" + id + "-progress-review@peer-challenge-hub"));
        List<JsonObject> dated =
                api
                        .get("api/v1/action-plans/" + id, viewer)
                        .json()
                        .asJsonObject()
                        .getJsonArray("recommendations")
                        .stream()
                        .flatMap(r -> r.asJsonObject().getJsonArray("actions").stream())
                        .map(JsonValue::asJsonObject)
                        .filter(a -> a.containsKey("due") && !a.isNull("due"))
                        .toList();
        assertFalse(dated.isEmpty(), "Coventry's plan has dated actions");
        for (JsonObject action : dated) {
            VEvent due = events.get("action-" + action.getJsonNumber("id") + "-due@peer-challenge-hub");
            assertEquals(action.getString("due").replace("-", ""), value(due, Property.DTSTART));
        }
        assertTrue(value(visit, Property.URL).endsWith("app/plan/index.xhtml?id=" + id), value(visit, Property.URL));
        assertEquals(
                Set.copyOf(events.keySet()),
                events(api.get(COUNCIL_FEED.formatted(COVENTRY), viewer).body()).keySet(),
                "the same UIDs on every read");
    }

    @Test
    void aCouncilsFeedIsReadByWhoeverMayReadItsDetailAndIsNotThereForAnyoneElse() throws Exception {
        for (String reader : List.of("coventry-editor", "coventry-viewer", "adviser-wm", "pcm", "admin")) {
            assertEquals(
                    200,
                    api.get(COUNCIL_FEED.formatted(COVENTRY), Tokens.of(reader)).status(),
                    reader);
        }
        for (String[] refused : List.of(
                new String[] {"gateshead-editor", COVENTRY},
                new String[] {"adviser-ne", COVENTRY},
                new String[] {"coventry-editor", GATESHEAD},
                new String[] {"adviser-wm", GATESHEAD})) {
            String token = Tokens.of(refused[0]);
            Api.Reply reply = api.get(COUNCIL_FEED.formatted(refused[1]), token);
            assertEquals(404, reply.status(), refused[0] + ": " + reply.body());
            assertTrue(reply.isProblem(), reply.body());
            assertEquals(api.get(COUNCIL_FEED.formatted("E99999999"), token).body(), reply.body(), "reads as missing");
        }
        assertEquals(401, api.get(COUNCIL_FEED.formatted(COVENTRY), null).status());
    }

    @Test
    void aRegionsFeedIsForItsAdviserAndLgaStaffOnly() throws Exception {
        String westMidlands = "api/v1/regions/west-midlands/calendar.ics";
        Api.Reply adviser = api.get(westMidlands, Tokens.of("adviser-wm"));
        assertEquals(200, adviser.status(), adviser.body());
        assertTrue(events(adviser.body())
                .containsKey("challenge-"
                        + coventry2024(Tokens.of("adviser-wm")).getJsonNumber("id") + "-visit@peer-challenge-hub"));
        assertFalse(adviser.body().contains("Gateshead"));
        for (String user : List.of("adviser-ne", "coventry-editor", "gateshead-editor")) {
            Api.Reply refused = api.get(westMidlands, Tokens.of(user));
            assertEquals(403, refused.status(), user + ": " + refused.body());
            assertTrue(refused.isProblem(), refused.body());
        }
        Api.Reply northEast = api.get("api/v1/regions/north-east/calendar.ics", Tokens.of("adviser-ne"));
        assertEquals(200, northEast.status(), northEast.body());
        assertFalse(northEast.body().contains("Coventry"), "no West Midlands council in the North East's feed");
        assertEquals(200, api.get(westMidlands, Tokens.of("pcm")).status());
        assertEquals(
                404,
                api.get("api/v1/regions/atlantis/calendar.ics", Tokens.of("admin"))
                        .status());
    }

    @Test
    void aManagersFeedHoldsTheChallengesTheyManageAndNoOther() throws Exception {
        String pcm = Tokens.of("pcm");
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2027-06-07\",\"onSiteEnd\":\"2027-06-10\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long managed = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Reply joined = api.send(
                "POST",
                "api/v1/challenges/" + managed + "/team",
                pcm,
                "{\"name\":\"Pat Manager\",\"role\":\"PEER_CHALLENGE_MANAGER\",\"homeOrganisation\":\"LGA\","
                        + "\"username\":\"pcm\"}");
        assertEquals(200, joined.status(), joined.body());

        Api.Reply feed = api.get("api/v1/calendars/managed.ics", pcm);
        assertEquals(200, feed.status(), feed.body());
        Set<String> uids = events(feed.body()).keySet();
        assertTrue(uids.contains("challenge-" + managed + "-visit@peer-challenge-hub"), uids.toString());
        // The demo makes pcm the manager of Coventry's 2024 challenge, not of its 2018 one (no sign-in on that team).
        assertTrue(uids.contains("challenge-" + coventry2024(pcm).getJsonNumber("id") + "-visit@peer-challenge-hub"));
        assertFalse(uids.contains("challenge-" + coventryOn("2018-10-09", pcm) + "-visit@peer-challenge-hub"));
        assertFalse(
                events(api.get("api/v1/calendars/managed.ics", Tokens.of("admin"))
                                .body())
                        .containsKey("challenge-" + managed + "-visit@peer-challenge-hub"),
                "admin manages none of them");
        for (String user : List.of("adviser-wm", "coventry-editor")) {
            assertEquals(
                    403,
                    api.get("api/v1/calendars/managed.ics", Tokens.of(user)).status(),
                    user);
        }
    }

    @Test
    void aSubscriptionAddressWorksWithoutATokenReadsAsItsUserAndIsGoneOnceRevoked() throws Exception {
        String viewer = Tokens.of("coventry-viewer");
        String gateshead = Tokens.of("gateshead-editor");
        Api.Reply made = subscribe(viewer, "{\"feed\":\"COUNCIL\",\"council\":\"" + COVENTRY + "\"}");
        assertEquals(201, made.status(), made.body());
        long id = made.json().asJsonObject().getJsonNumber("id").longValue();
        String address = made.json().asJsonObject().getString("address");
        String token = address.replaceAll(".*/feed/([^/]+)\\.ics$", "$1");
        assertTrue(token.matches("[A-Za-z0-9_-]{43,}"), "at least 256 bits, URL-safe: " + address);

        Api.Reply subscribed = api.get(address, null);
        assertEquals(200, subscribed.status(), subscribed.body());
        assertEquals(
                events(api.get(COUNCIL_FEED.formatted(COVENTRY), viewer).body()).keySet(),
                events(subscribed.body()).keySet());
        assertFalse(subscribed.body().contains("Gateshead"));

        Api.Reply listed = api.get("api/v1/calendar-subscriptions", viewer);
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"id\":" + id), listed.body());
        assertFalse(listed.body().contains(token), "the secret is shown once");
        assertFalse(api.get("api/v1/calendar-subscriptions", gateshead).body().contains("\"id\":" + id));

        Api.Reply notTheirs = subscribe(gateshead, "{\"feed\":\"COUNCIL\",\"council\":\"" + COVENTRY + "\"}");
        assertEquals(404, notTheirs.status(), "no address for a council one may not read: " + notTheirs.body());
        assertTrue(notTheirs.isProblem(), notTheirs.body());
        Api.Reply othersRevoke = api.delete("api/v1/calendar-subscriptions/" + id, gateshead);
        assertEquals(404, othersRevoke.status(), othersRevoke.body());
        assertTrue(othersRevoke.isProblem());
        assertEquals(200, api.get(address, null).status(), "someone else cannot revoke it");

        assertEquals(
                204, api.delete("api/v1/calendar-subscriptions/" + id, viewer).status());
        Api.Reply revoked = api.get(address, null);
        assertEquals(404, revoked.status(), revoked.body());
        assertTrue(revoked.isProblem(), revoked.body());
        assertEquals(
                404, api.delete("api/v1/calendar-subscriptions/" + id, viewer).status());
        assertEquals(
                404,
                api.get("api/v1/calendar-subscriptions/feed/" + "A".repeat(43) + ".ics", null)
                        .status());
    }

    @Test
    void anAddressKeptBySomeoneWhoMayNotReadTheCouncilShowsNothingOfIt() throws Exception {
        String token = "calendar-it-" + "x".repeat(31);
        try (Connection owner = OwnerDatabase.connect()) {
            OwnerDatabase.execute(owner, "delete from calendar_subscription where username = 'calendar-it'");
            OwnerDatabase.execute(
                    owner,
                    "insert into calendar_subscription (id, token_hash, username, roles, subscriber_council, feed,"
                            + " feed_target, created_at) values (nextval('hub_id_seq'), '" + sha256(token)
                            + "', 'calendar-it', 'council-editor', '" + GATESHEAD + "', 'COUNCIL', '" + COVENTRY
                            + "', now())");
        }
        Api.Reply refused = api.get("api/v1/calendar-subscriptions/feed/" + token + ".ics", null);
        assertEquals(404, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.body());
        assertFalse(refused.body().contains("Coventry"));
    }

    private Api.Reply subscribe(String token, String body) throws Exception {
        return api.send("POST", "api/v1/calendar-subscriptions", token, body);
    }

    private JsonObject coventry2024(String token) throws Exception {
        return api.get("api/v1/challenges/" + coventryOn("2024-01-15", token), Tokens.of("pcm"))
                .json()
                .asJsonObject();
    }

    private long coventryOn(String onSiteStart, String token) throws Exception {
        return api.get("api/v1/councils/" + COVENTRY + "/challenges", token).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("onSiteStart").equals(onSiteStart))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    /** The feed as a calendar app reads it, each event by its UID. */
    static Map<String, VEvent> events(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(
                "Europe/London",
                calendar.getProperty("X-WR-TIMEZONE").map(Property::getValue).orElse(null));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        return events.stream().collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity()));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).orElseThrow();
    }

    private static boolean isDate(VEvent event, String property) {
        Optional<Property> found = event.getProperty(property);
        Optional<Parameter> type = found.flatMap(p -> p.getParameter(Parameter.VALUE));
        return type.map(Parameter::getValue).filter("DATE"::equals).isPresent();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
