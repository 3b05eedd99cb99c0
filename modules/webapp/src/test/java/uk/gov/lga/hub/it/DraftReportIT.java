package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The feedback report drafted by a Gateshead challenge's team in its open workspace (the visit two weeks ahead, so
 * the clock stays put): two peers edit, a stale save is a 409 with the other's text, the history names both, the
 * hand-over freezes the peers, the council and its adviser never read the draft, and the manager takes it into the
 * feedback report.
 */
@ExtendWith(RunningStack.class)
class DraftReportIT {

    static final String GATESHEAD = "E08000037";
    static final String DORA = "dora.draft";
    static final String DAN = "dan.draft";
    static final String OFF_TEAM = "otto.otherdraft";
    static final String PASSWORD = "Correct-Horse-42";
    static final String FINANCE = "financial-planning-and-management";

    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;

    @BeforeAll
    static void peers() {
        for (String peer : List.of(DORA, DAN, OFF_TEAM)) {
            Tokens.createUserWithRealmRole(peer, PASSWORD, "peer");
        }
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
    }

    @Test
    void twoPeersDraftTheReportTogetherAndTheManagerTakesItIntoTheFeedbackReport() throws Exception {
        LocalDate visit = LocalDate.now(ZoneOffset.UTC).plusDays(14);
        long id = challengeWithTeam(visit);
        String draft = "api/v1/challenges/" + id + "/workspace/draft";
        String finance = draft + "/sections/" + FINANCE;
        String dora = Tokens.of(DORA, PASSWORD);
        String dan = Tokens.of(DAN, PASSWORD);

        Api.Reply session = api.send(
                "POST",
                "api/v1/challenges/" + id + "/timetable",
                pcm,
                "{\"kind\":\"INTERVIEW\",\"startsAt\":\"" + visit + "T10:00\",\"endsAt\":\"" + visit + "T11:00\","
                        + "\"place\":\"Civic Centre\",\"who\":\"The leader\",\"peopleMet\":2}");
        assertEquals(200, session.status(), session.body());

        JsonObject started = read(draft, dora);
        assertEquals("WITH_TEAM", started.getString("state"));
        assertTrue(started.getBoolean("writable"));
        JsonArray sections = started.getJsonArray("sections");
        assertEquals("introduction", sections.getJsonObject(0).getString("key"));
        assertEquals(
                "key-recommendations",
                sections.getJsonObject(sections.size() - 1).getString("key"));
        assertEquals(7, sections.size(), "introduction, the five core themes, key recommendations");
        assertTrue(
                sections.getJsonObject(0).getString("text").startsWith("Gathered information and views from 1 meeting"),
                "the timetable's paragraph: " + sections.getJsonObject(0));
        assertEquals(0, sections.getJsonObject(0).getInt("version"));

        Api.Reply first = api.send("PUT", finance, dora, text("Reserves are thin."), 0L);
        assertEquals(200, first.status(), first.body());
        Api.Reply stale = api.send("PUT", finance, dan, text("Reserves are healthy."), 0L);
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem(), stale.body());
        JsonObject current = stale.json().asJsonObject().getJsonObject("current");
        assertEquals("Reserves are thin.", current.getString("text"));
        assertEquals(DORA, current.getString("changedBy"));
        assertEquals(1, current.getInt("version"));
        Api.Reply merged = api.send("PUT", finance, dan, text("Reserves are thin but planned for."), 1L);
        assertEquals(200, merged.status(), merged.body());
        Api.Reply unversioned = api.send("PUT", finance, dan, text("No version"));
        assertEquals(422, unversioned.status(), unversioned.body());
        assertTrue(unversioned.isProblem(), unversioned.body());

        JsonArray history = api.get(finance + "/history", pcm).json().asJsonArray();
        assertEquals(2, history.size(), history.toString());
        assertEquals(DAN, history.getJsonObject(0).getString("changedBy"));
        assertEquals(
                "Reserves are thin but planned for.", history.getJsonObject(0).getString("text"));
        assertEquals(DORA, history.getJsonObject(1).getString("changedBy"));
        assertEquals("Reserves are thin.", history.getJsonObject(1).getString("text"));

        assertEquals(
                200,
                api.send("PUT", draft + "/sections/introduction", dora, text("Gateshead is on the up."), 0L)
                        .status());
        assertEquals(
                200,
                api.send("PUT", draft + "/sections/key-recommendations", dora, text("1. Build reserves quickly"), 0L)
                        .status());

        for (String user : List.of("gateshead-editor", "adviser-ne")) {
            for (Api.Reply refused : List.of(
                    api.get(draft, Tokens.of(user)),
                    api.get(finance + "/history", Tokens.of(user)),
                    api.send("PUT", finance, Tokens.of(user), text("The council's words"), 2L),
                    api.send("POST", draft + "/hand-over", Tokens.of(user), null))) {
                assertEquals(403, refused.status(), user + ": " + refused.body());
                assertFalse(refused.body().contains("Reserves"), user);
            }
        }
        for (String user : List.of("coventry-editor", "adviser-wm")) {
            assertEquals(404, api.get(draft, Tokens.of(user)).status(), user);
        }
        assertEquals(404, api.get(draft, Tokens.of(OFF_TEAM, PASSWORD)).status(), "another team's peer");
        assertEquals(403, api.send("POST", draft + "/return", dan, null).status(), "a peer does not manage");

        Api.Reply handed = api.send("POST", draft + "/hand-over", dora, null);
        assertEquals(200, handed.status(), handed.body());
        assertEquals("WITH_MANAGER", handed.json().asJsonObject().getString("state"));
        JsonObject frozen = read(draft, dan);
        assertFalse(frozen.getBoolean("writable"));
        assertEquals(DORA, frozen.getString("handedOverBy"));
        Api.Reply late = api.send("PUT", finance, dan, text("One more thing"), 2L);
        assertEquals(422, late.status(), late.body());
        assertEquals("draft-handed-over", late.json().asJsonObject().getString("rule"));
        assertTrue(read(draft, pcm).getBoolean("canManage"));

        Api.Reply taken = api.send("POST", draft + "/take-into-report", pcm, null);
        assertEquals(200, taken.status(), taken.body());
        JsonObject report = read("api/v1/challenges/" + id, pcm).getJsonObject("report");
        assertEquals("Gateshead is on the up.", report.getString("executiveSummary"));
        assertEquals(
                "Reserves are thin but planned for.",
                report.getJsonObject("themeFeedback").getString(FINANCE));
        String trail = api.get("api/v1/councils/" + GATESHEAD + "/audit", Tokens.of("admin"))
                .body();
        assertTrue(trail.contains("challenge.report-taken-from-draft"), "audited as the report's change");
        assertFalse(trail.contains("Build reserves quickly"), "the team's other words stay the team's");

        Api.Reply returned = api.send("POST", draft + "/return", pcm, null);
        assertEquals(200, returned.status(), returned.body());
        assertEquals("WITH_TEAM", returned.json().asJsonObject().getString("state"));
        assertEquals(
                200, api.send("PUT", finance, dan, text("One more thing"), 2L).status(), "the team's again");
    }

    @Test
    void aPeerSavesSeesAColleaguesOvertakingTextReadsTheHistoryAndHandsTheDraftOver() throws Exception {
        long id = challengeWithTeam(LocalDate.now(ZoneOffset.UTC).plusDays(14));
        String address = base + "app/workspace/draft.xhtml?id=" + id;
        try (Browser browser = Browser.open("draft-report")) {
            WebDriver page = browser.driver;
            browser.signIn(base, DORA, PASSWORD);
            page.get(base + "app/workspace/index.xhtml?id=" + id);
            Browser.clickAndWaitForNewPage(page, By.id("draft-link"));
            assertEquals("With the team", page.findElement(By.id("draft-state")).getText());
            browser.check("draft-report-with-team");
            Browser.type(page, "text-" + FINANCE, "Reserves are thin.");
            Browser.clickAndWaitForNewPage(page, saveButton(FINANCE));
            assertTrue(page.findElement(By.id("section-" + FINANCE)).getText().contains("saved by " + DORA));

            Api.Reply meanwhile = api.send(
                    "PUT",
                    "api/v1/challenges/" + id + "/workspace/draft/sections/" + FINANCE,
                    Tokens.of(DAN, PASSWORD),
                    text("Dan sees a plan for the reserves."),
                    1L);
            assertEquals(200, meanwhile.status(), meanwhile.body());
            Browser.type(page, "text-" + FINANCE, "Reserves are thin; the plan is not.");
            Browser.clickAndWaitForNewPage(page, saveButton(FINANCE));
            String conflict = page.findElement(By.id("conflict-" + FINANCE)).getText();
            assertTrue(conflict.contains(DAN) && conflict.contains("Dan sees a plan for the reserves."), conflict);
            assertEquals(
                    "Reserves are thin; the plan is not.",
                    page.findElement(By.id("text-" + FINANCE)).getAttribute("value"),
                    "what the writer typed is kept");
            browser.check("draft-report-overtaken");

            page.get(address + "&history=" + FINANCE);
            String history = page.findElement(By.id("history")).getText();
            assertTrue(history.contains(DAN) && history.contains(DORA), history);
            browser.check("draft-report-history");

            Browser.clickAndWaitForNewPage(page, By.id("hand-over"));
            assertEquals(
                    "With the manager", page.findElement(By.id("draft-state")).getText());
            assertEquals("div", page.findElement(By.id("text-" + FINANCE)).getTagName(), "read only for peers");
            browser.check("draft-report-handed-over");
            assertEquals(List.of(), browser.violations());
        }
        try (Browser manager = Browser.open("draft-report-manager")) {
            WebDriver page = manager.driver;
            manager.signIn(base, "pcm");
            page.get(address);
            assertTrue(page.findElements(By.id("hand-over")).isEmpty(), "already handed over");
            manager.check("draft-report-with-manager");
            Browser.clickAndWaitForNewPage(page, By.id("take-into-report"));
            assertTrue(page.getCurrentUrl().contains("app/challenges/report.xhtml"), page.getCurrentUrl());
            assertTrue(
                    page.getPageSource().contains("Dan sees a plan for the reserves."),
                    "the report page shows the draft's words");
            assertEquals(List.of(), manager.violations());
        }
        try (Browser council = Browser.open("draft-report-council")) {
            council.signIn(base, "gateshead-editor");
            council.driver.get(address);
            assertFalse(council.driver.getPageSource().contains("reserves"), "the council never reads the draft");
        }
    }

    private static By saveButton(String section) {
        return By.cssSelector("#section-" + section + " input[type=submit]");
    }

    private static String text(String text) {
        return "{\"text\":\"" + text + "\"}";
    }

    private JsonObject read(String path, String token) throws Exception {
        Api.Reply reply = api.get(path, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    /** A new Gateshead challenge whose team has the two drafting peers and the demo's manager. */
    private long challengeWithTeam(LocalDate visit) throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"" + visit + "\",\"onSiteEnd\":\"" + visit.plusDays(3) + "\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        for (String member : new String[] {
            member("Dora Draft", "OFFICER_PEER", DORA),
            member("Dan Draft", "MEMBER_PEER", DAN),
            member("Demo Manager", "PEER_CHALLENGE_MANAGER", "pcm")
        }) {
            Api.Reply added = api.send("POST", "api/v1/challenges/" + id + "/team", pcm, member);
            assertEquals(200, added.status(), added.body());
        }
        return id;
    }

    private static String member(String name, String role, String username) {
        return "{\"name\":\"" + name + "\",\"role\":\"" + role + "\",\"homeOrganisation\":\"Somewhere Council\","
                + "\"username\":\"" + username + "\"}";
    }
}
