package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.it.Browser.clickAndWaitForNewPage;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Near-duplicate focus areas merged by a manager, through the API (with its role wall and its refusals) and in a
 * browser; afterwards every challenge, recommendation and theme table names the kept focus area once.
 */
@ExtendWith(RunningStack.class)
class FocusAreasIT {

    private static final String GATESHEAD = "E08000037";
    private static final List<String> NOT_MANAGERS =
            List.of("adviser-wm", "adviser-ne", "coventry-editor", "coventry-viewer", "gateshead-editor");

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
        Tokens.allowUiRedirectsTo(base.toString());
    }

    @Test
    void onlyManagersAndAdministratorsMergeAndAMergeMovesEveryUseToTheKeptFocusArea() throws Exception {
        long id = issuedGatesheadChallenge("Climate emergency", "The climate emergency", false);
        String merged = "climate-emergency";
        String kept = "the-climate-emergency";

        assertEquals(401, api.get("api/v1/focus-areas", null).status());
        assertEquals(401, merge(merged, kept, null).status());
        for (String user : NOT_MANAGERS) {
            Api.Reply list = api.get("api/v1/focus-areas", Tokens.of(user));
            assertEquals(403, list.status(), user + ": " + list.body());
            assertTrue(list.isProblem(), list.body());
            Api.Reply refused = merge(merged, kept, Tokens.of(user));
            assertEquals(403, refused.status(), user + ": " + refused.body());
            assertTrue(refused.isProblem(), refused.body());
        }
        assertTrue(codes(reread(id).getJsonArray("scope")).contains(merged), "nothing was merged by a refusal");

        JsonObject overview =
                api.get("api/v1/focus-areas", Tokens.of("admin")).json().asJsonObject();
        assertTrue(
                overview.getJsonArray("suggestions").stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(s -> Set.of(
                                        s.getJsonObject("merge").getString("code"),
                                        s.getJsonObject("into").getString("code"))
                                .equals(Set.of(merged, kept))),
                overview.toString());

        assertProblem(404, null, merge("no-such-focus-area", kept, pcm));
        assertProblem(422, "theme-unknown", merge(merged, "no-such-focus-area", pcm));
        assertProblem(422, "core-theme-not-mergeable", merge("governance-and-culture", kept, pcm));
        assertProblem(422, "merge-into-core-theme", merge(merged, "governance-and-culture", pcm));
        assertProblem(422, "theme-merged-into-itself", merge(merged, merged, pcm));
        assertProblem(422, "merge-target-required", api.send("POST", mergePath(merged), pcm, "{}"));

        Api.Reply done = merge(merged, kept, pcm);
        assertEquals(200, done.status(), done.body());
        JsonObject record = done.json().asJsonObject();
        assertEquals("pcm", record.getString("mergedBy"));
        assertEquals("Climate emergency", record.getString("mergedName"));
        assertEquals(1, record.getInt("challenges"));
        assertEquals(2, record.getInt("recommendations"));

        JsonObject challenge = reread(id);
        List<String> scope = codes(challenge.getJsonArray("scope"));
        assertFalse(scope.contains(merged), scope.toString());
        assertEquals(1, scope.stream().filter(kept::equals).count(), scope.toString());
        for (JsonValue r : challenge.getJsonArray("recommendations")) {
            assertEquals(
                    List.of(kept),
                    r.asJsonObject().getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString)
                            .filter(c -> c.contains("climate"))
                            .toList());
        }
        assertEquals(
                "About the climate.\n\nMore about the climate.",
                challenge.getJsonObject("report").getJsonObject("themeFeedback").getString(kept));
        assertProblem(422, "theme-already-merged", merge(merged, kept, pcm));
        JsonObject after = api.get("api/v1/focus-areas", pcm).json().asJsonObject();
        assertFalse(codes(after.getJsonArray("focusAreas")).contains(merged), "the merged focus area is not offered");
        assertTrue(codes(after.getJsonArray("focusAreas")).contains(kept));
        // The merge changed Gateshead's challenge, so Gateshead's own trail says who did it; Coventry's says nothing.
        assertEquals(
                List.of("pcm: focus area \"Climate emergency\" merged into \"The climate emergency\""),
                mergesInTrailOf(GATESHEAD, "gateshead-editor"));
        assertEquals(List.of(), mergesInTrailOf("E08000026", "coventry-editor"));
        try (Connection owner = OwnerDatabase.connect()) {
            assertEquals(
                    List.of("pcm " + merged + " " + kept),
                    OwnerDatabase.strings(
                            owner,
                            "select merged_by || ' ' || merged_code || ' ' || kept_code from theme_merge"
                                    + " where merged_code = '" + merged + "'"));
        }
    }

    @Test
    void theOldCodeOfAMergedFocusAreaLeadsToTheKeptOne() throws Exception {
        long id = issuedGatesheadChallenge("Skills and jobs", "Jobs and skills", true);
        assertEquals(
                200,
                merge("jobs-and-skills", "skills-and-jobs", Tokens.of("admin")).status());
        JsonObject added = step(
                id,
                "recommendations",
                "{\"number\":\"9\",\"title\":\"Skills\",\"text\":\"Train.\",\"themes\":[\"jobs-and-skills\"]}");
        JsonObject recommendation = added.getJsonArray("recommendations").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("number").equals("9"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "skills-and-jobs",
                recommendation.getJsonArray("themes").getString(0),
                "an old link or import still works");
    }

    @Test
    void aManagerSeesTheSuggestedPairMergesItAndTheThemeTableShowsOneLine() throws Exception {
        issuedGatesheadChallenge("The One Gateshead approach", "One Gateshead approach", false);
        try (Browser browser = Browser.open("focus-areas")) {
            WebDriver page = browser.driver;
            browser.signIn(base, "pcm");
            page.get(base + "app/adviser/dashboard.xhtml?region=north-east");
            assertEquals(
                    List.of("One Gateshead approach", "The One Gateshead approach"),
                    themeRows(page).stream()
                            .filter(t -> t.contains("Gateshead"))
                            .sorted()
                            .toList());
            browser.check("theme-table-before");

            page.findElement(By.linkText("Focus areas")).click();
            assertEquals("Focus areas", page.findElement(By.tagName("h1")).getText());
            String suggestions = page.findElement(By.id("suggestions")).getText();
            assertTrue(suggestions.contains("“One Gateshead approach”"), suggestions);
            assertFalse(
                    page.findElement(By.tagName("body")).getText().contains("one-gateshead-approach"),
                    "codes are never shown");
            browser.check("focus-areas");

            By suggested =
                    By.xpath("//input[@value='Merge “One Gateshead approach” into “The One Gateshead approach”']");
            clickAndWaitForNewPage(page, suggested);
            clickAndWaitForNewPage(page, By.id("keep-both"));
            assertEquals("Focus areas", page.findElement(By.tagName("h1")).getText(), "no changes nothing");
            assertEquals(
                    1,
                    page.findElements(By.xpath(
                                    "//table[@id='focus-areas']//th[normalize-space()='One Gateshead approach']"))
                            .size(),
                    "both are still offered");
            clickAndWaitForNewPage(page, suggested);
            assertEquals(
                    "Merge “One Gateshead approach” into “The One Gateshead approach”?",
                    page.findElement(By.tagName("h1")).getText());
            assertTrue(
                    page.findElement(By.id("merge-warning")).getText().contains("will no longer be offered"),
                    page.findElement(By.id("merge-warning")).getText());
            List<String> buttons = page.findElements(By.cssSelector("#confirm-merge .govuk-button")).stream()
                    .map(b -> b.getAttribute("value"))
                    .toList();
            assertEquals(List.of("No, keep both", "Yes, merge them"), buttons, "the warning button is never first");
            browser.check("focus-areas-confirm-merge");

            clickAndWaitForNewPage(page, By.id("confirm-merge-button"));
            assertEquals(
                    "“One Gateshead approach” is merged into “The One Gateshead approach”.",
                    page.findElement(By.className("govuk-notification-banner__heading"))
                            .getText());
            assertTrue(page.findElement(By.id("merges")).getText().contains("pcm"));
            browser.check("focus-areas-merged");

            page.get(base + "app/adviser/dashboard.xhtml?region=north-east");
            assertEquals(
                    List.of("The One Gateshead approach"),
                    themeRows(page).stream()
                            .filter(t -> t.contains("Gateshead"))
                            .toList(),
                    "one line for the kept focus area");
            browser.check("theme-table-after");
            assertEquals(List.of(), browser.violations());
        }
    }

    /** The names heading each line of the dashboard's theme table. */
    private static List<String> themeRows(WebDriver page) {
        return page.findElements(By.xpath("//table[caption[contains(., 'theme')]]//tbody//th")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    /**
     * A Gateshead challenge (visited in 2025, so it sits among the others by date) with both focus areas in scope,
     * feedback on each, one recommendation on the first and one on both; issued unless {@code keepDrafting}.
     */
    private long issuedGatesheadChallenge(String first, String second, boolean keepDrafting) throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2025-06-02\",\"onSiteEnd\":\"2025-06-05\",\"focusAreas\":[\"" + first + "\",\""
                        + second + "\"],\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        String firstCode = code(first);
        String secondCode = code(second);
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            step(id, "moves", "{\"to\":\"" + to + "\"}");
        }
        assertEquals(
                200,
                api.send(
                                "PUT",
                                "api/v1/challenges/" + id + "/report",
                                pcm,
                                "{\"executiveSummary\":\"A council with a plan.\",\"themeFeedback\":{\"" + secondCode
                                        + "\":\"About the climate.\",\"" + firstCode
                                        + "\":\"More about the climate.\"}}")
                        .status());
        step(
                id,
                "recommendations",
                "{\"number\":\"1\",\"title\":\"First\",\"text\":\"Do it.\",\"themes\":[\"" + firstCode + "\"]}");
        step(
                id,
                "recommendations",
                "{\"number\":\"2\",\"title\":\"Both\",\"text\":\"Do both.\",\"themes\":[\"" + firstCode + "\",\""
                        + secondCode + "\"]}");
        if (!keepDrafting) {
            step(id, "report/issue", "{\"issuedOn\":\"2025-07-01\"}");
        }
        return id;
    }

    private static String code(String name) {
        return name.strip().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private JsonObject step(long id, String path, String body) throws Exception {
        Api.Reply reply = api.send("POST", "api/v1/challenges/" + id + "/" + path, pcm, body);
        assertEquals(200, reply.status(), path + ": " + reply.body());
        return reply.json().asJsonObject();
    }

    private JsonObject reread(long id) throws Exception {
        Api.Reply reply = api.get("api/v1/challenges/" + id, pcm);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private static String mergePath(String code) {
        return "api/v1/focus-areas/" + code + "/merge";
    }

    private Api.Reply merge(String merged, String kept, String token) throws Exception {
        return api.send("POST", mergePath(merged), token, "{\"into\":\"" + kept + "\"}");
    }

    private List<String> mergesInTrailOf(String council, String reader) throws Exception {
        return api.get("api/v1/councils/" + council + "/audit", Tokens.of(reader)).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals("focus-area.merged")
                        && e.getString("subject").contains("Climate emergency"))
                .map(e -> e.getString("actor") + ": " + e.getString("subject"))
                .toList();
    }

    private static void assertProblem(int status, String rule, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.isProblem(), reply.body());
        if (rule != null) {
            assertEquals(rule, reply.json().asJsonObject().getString("rule", ""), reply.body());
        }
    }

    private static List<String> codes(jakarta.json.JsonArray scope) {
        return scope.stream().map(t -> t.asJsonObject().getString("code")).toList();
    }
}
