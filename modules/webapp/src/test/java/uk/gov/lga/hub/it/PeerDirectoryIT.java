package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.it.Browser.clickAndWaitForNewPage;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The peer directory and conflicts of interest over HTTP: LGA staff list and add peers, a team picks a peer from the
 * directory, a first-time peer typed in joins it, a peer from the council itself is refused with the reason until a
 * manager overrides it with one, and the council's audit trail keeps both the flag and the override.
 */
@ExtendWith(RunningStack.class)
class PeerDirectoryIT {

    private static final String COVENTRY = "E08000026";
    private static final String CONFLICT_TYPE =
            "https://peer-challenge-hub.local.gov.uk/problems/peer-conflict-of-interest";

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;
    /** Names unique to this run, so a repeated run against the same database finds only its own peers. */
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
    }

    @Test
    void onlyLgaStaffReadOrChangeTheDirectory() throws Exception {
        assertEquals(401, api.get("api/v1/peers", null).status());
        for (String user : List.of("coventry-editor", "coventry-viewer", "adviser-wm", "gateshead-editor")) {
            Api.Reply list = api.get("api/v1/peers", Tokens.of(user));
            assertEquals(403, list.status(), user + ": " + list.body());
            assertTrue(list.isProblem(), list.body());
            Api.Reply add = api.send("POST", "api/v1/peers", Tokens.of(user), peerJson("Nobody " + run, null));
            assertEquals(403, add.status(), user + ": " + add.body());
        }
        assertEquals(200, api.get("api/v1/peers", Tokens.of("admin")).status());
        assertFalse(api.get("api/v1/peers", pcm).body().contains("Nobody " + run), "nothing was added by a refusal");
    }

    @Test
    void theSeedsTeamIsInTheDirectoryWithItsChallenge() throws Exception {
        JsonObject pam = byName(api.get("api/v1/peers", pcm).json().asJsonArray(), "Pam Smith")
                .orElseThrow();
        JsonObject history =
                api.get("api/v1/peers/" + pam.getJsonNumber("id"), pcm).json().asJsonObject();
        assertTrue(
                history.getJsonArray("challenges").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(c -> c.getString("councilCode").equals(COVENTRY)
                                && c.getString("role").equals("LEAD_PEER")),
                history.toString());
    }

    @Test
    void aManagerBuildsATeamFromTheDirectoryAndAConflictNeedsAReasonThatTheTrailKeeps() throws Exception {
        // Added and edited in the directory.
        Api.Reply added = api.send("POST", "api/v1/peers", pcm, peerJson("Dana Directory " + run, null));
        assertEquals(200, added.status(), added.body());
        JsonObject dana = added.json().asJsonObject();
        long danaId = dana.getJsonNumber("id").longValue();
        assertEquals(List.of("local-priorities-and-outcomes"), strings(dana.getJsonArray("themes")));
        Api.Reply revised = api.send(
                "PUT",
                "api/v1/peers/" + danaId,
                pcm,
                peerJson("Dana Directory " + run, null).replace("\"Head of Policy\"", "\"Director of Policy\""),
                dana.getJsonNumber("version").longValue());
        assertEquals(200, revised.status(), revised.body());
        assertEquals("Director of Policy", revised.json().asJsonObject().getString("position"));
        assertTrue(byName(api.get("api/v1/peers", pcm).json().asJsonArray(), "Dana Directory " + run)
                .isPresent());
        assertProblem(422, "peer-name-required", api.send("POST", "api/v1/peers", pcm, "{\"kind\":\"OFFICER_PEER\"}"));

        long challenge = pastCoventryChallenge();

        // Picked from the directory: the team records the person as the directory has them.
        JsonObject team = step(challenge, "{\"peerId\":" + danaId + "}");
        JsonObject member =
                byName(team.getJsonArray("team"), "Dana Directory " + run).orElseThrow();
        assertEquals("OFFICER_PEER", member.getString("role"));
        assertEquals("Director of Policy", member.getString("position"));
        assertEquals("Swindon Borough Council", member.getString("homeOrganisation"));
        assertTrue(historyOf(danaId).contains(challenge), "the directory's history shows the challenge");
        assertProblem(422, "peer-already-on-team", addToTeam(challenge, "{\"peerId\":" + danaId + "}"));

        // A first-time peer typed in joins the directory in the same step.
        String finn = "Finn First " + run;
        step(
                challenge,
                "{\"name\":\"" + finn + "\",\"role\":\"MEMBER_PEER\",\"position\":\"Leader\","
                        + "\"homeOrganisation\":\"Somewhere Council\",\"politicalGroup\":\"Independent\"}");
        JsonObject finnEntry =
                byName(api.get("api/v1/peers", pcm).json().asJsonArray(), finn).orElseThrow();
        assertEquals("MEMBER_PEER", finnEntry.getString("kind"));
        assertEquals("Independent", finnEntry.getString("politicalGroup"));
        assertTrue(historyOf(finnEntry.getJsonNumber("id").longValue()).contains(challenge));

        // A peer who works for the council under challenge is flagged, with the reason.
        Api.Reply cora = api.send("POST", "api/v1/peers", pcm, peerJson("Cora Coventry " + run, COVENTRY));
        assertEquals(200, cora.status(), cora.body());
        long coraId = cora.json().asJsonObject().getJsonNumber("id").longValue();
        Api.Reply flagged = addToTeam(challenge, "{\"peerId\":" + coraId + "}");
        assertProblem(409, "peer-conflict-of-interest", flagged);
        JsonObject problem = flagged.json().asJsonObject();
        assertEquals(CONFLICT_TYPE, problem.getString("type"));
        JsonObject conflict = problem.getJsonArray("conflicts").getJsonObject(0);
        assertEquals("OWN_COUNCIL", conflict.getString("reason"));
        assertTrue(conflict.getString("detail").contains("Coventry City Council"), conflict.toString());
        assertFalse(onTeam(challenge, "Cora Coventry " + run), "a flagged peer does not join");

        // Without a code the organisation's name is matched; the refused first-time peer is not in the directory.
        Api.Reply byName = addToTeam(
                challenge,
                "{\"name\":\"Nia Name " + run + "\",\"role\":\"OFFICER_PEER\","
                        + "\"homeOrganisation\":\"coventry city council\"}");
        assertProblem(409, "peer-conflict-of-interest", byName);
        assertFalse(api.get("api/v1/peers", pcm).body().contains("Nia Name " + run), "nothing of a refused step stays");

        // An override needs its reason; with one, the peer joins.
        assertProblem(400, "conflict-override-reason-required", addToTeam(challenge, override(coraId, null)));
        assertProblem(400, "conflict-override-reason-required", addToTeam(challenge, override(coraId, "  ")));
        assertFalse(onTeam(challenge, "Cora Coventry " + run));
        String reason = "The only expert on the city's housing company " + run;
        step(challenge, override(coraId, reason));
        assertTrue(onTeam(challenge, "Cora Coventry " + run));

        // Both are in Coventry's trail, attributed to the manager.
        List<JsonObject> trail = api.get("api/v1/councils/" + COVENTRY + "/audit", pcm).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").startsWith("peer challenge " + challenge + " "))
                .toList();
        JsonObject flag = only(trail, "challenge.peer-conflict-flagged", "Cora Coventry " + run);
        assertEquals("pcm", flag.getString("actor"));
        assertTrue(flag.getString("after").contains("OWN_COUNCIL"), flag.toString());
        JsonObject overridden = only(trail, "challenge.peer-conflict-overridden", reason);
        assertEquals("pcm", overridden.getString("actor"));
        assertTrue(overridden.getString("after").contains("OWN_COUNCIL"), overridden.toString());
    }

    @Test
    void theTeamPageShowsTheConflictAtTheReasonAndTakesTheReason() throws Exception {
        Tokens.allowUiRedirectsTo(base.toString());
        long challenge = pastCoventryChallenge();
        String name = "Carl Council " + run;
        assertEquals(
                200,
                api.send("POST", "api/v1/peers", pcm, peerJson(name, COVENTRY)).status());
        try (Browser browser = Browser.open("peer-conflict")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/challenges/team.xhtml?id=" + challenge);
            new Select(page.findElement(By.id("memberPeer")))
                    .selectByVisibleText(name + ", Coventry City Council (Housing)");
            clickAndWaitForNewPage(page, By.id("add-member"));
            String error = page.findElement(By.id("conflictReason-error")).getText();
            assertTrue(error.contains(name + " works for Coventry City Council"), error);
            assertTrue(error.contains("Give a reason"), error);
            assertFalse(page.getPageSource().contains("Exception"), "no stack trace");
            browser.check("team-conflict");
            page.findElement(By.id("conflictReason")).sendKeys("The only expert on the city's housing company");
            clickAndWaitForNewPage(page, By.id("add-member"));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.className("govuk-notification-banner__heading"), name + " has joined the team."));
            assertTrue(onTeam(challenge, name));
            assertEquals(List.of(), browser.violations());
        }
    }

    /** A challenge of Coventry's with its visit long past, so Coventry's latest challenge stays the demo's. */
    private long pastCoventryChallenge() throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + COVENTRY + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2012-03-05\",\"onSiteEnd\":\"2012-03-08\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        return proposed.json().asJsonObject().getJsonNumber("id").longValue();
    }

    private static String peerJson(String name, String homeCouncil) {
        return "{\"name\":\"" + name + "\",\"kind\":\"OFFICER_PEER\",\"organisation\":\""
                + (homeCouncil == null ? "Swindon Borough Council" : "Coventry City Council (Housing)") + "\","
                + (homeCouncil == null ? "" : "\"homeCouncil\":\"" + homeCouncil + "\",")
                + "\"position\":\"Head of Policy\",\"themes\":[\"local-priorities-and-outcomes\"],"
                + "\"email\":\"peer@example.gov.uk\"}";
    }

    private static String override(long peerId, String reason) {
        return "{\"peerId\":" + peerId + ",\"conflictOverride\":{"
                + (reason == null ? "" : "\"reason\":\"" + reason + "\"") + "}}";
    }

    private Api.Reply addToTeam(long challenge, String json) throws Exception {
        return api.send("POST", "api/v1/challenges/" + challenge + "/team", pcm, json);
    }

    private JsonObject step(long challenge, String json) throws Exception {
        Api.Reply reply = addToTeam(challenge, json);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private boolean onTeam(long challenge, String name) throws Exception {
        return byName(
                        api.get("api/v1/challenges/" + challenge, pcm)
                                .json()
                                .asJsonObject()
                                .getJsonArray("team"),
                        name)
                .isPresent();
    }

    private List<Long> historyOf(long peer) throws Exception {
        return api.get("api/v1/peers/" + peer, pcm).json().asJsonObject().getJsonArray("challenges").stream()
                .map(c -> c.asJsonObject().getJsonNumber("challengeId").longValue())
                .toList();
    }

    private static Optional<JsonObject> byName(JsonArray array, String name) {
        return array.stream()
                .map(JsonValue::asJsonObject)
                .filter(o -> o.getString("name").equals(name))
                .findFirst();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    private static JsonObject only(List<JsonObject> trail, String action, String mentioning) {
        List<JsonObject> found = trail.stream()
                .filter(e -> e.getString("action").equals(action)
                        && e.getString("after", "").contains(mentioning))
                .toList();
        assertEquals(1, found.size(), action + " in " + trail);
        return found.get(0);
    }

    private static void assertProblem(int status, String rule, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.body());
        assertEquals(rule, reply.json().asJsonObject().getString("rule", ""), reply.body());
    }
}
