package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * A challenge's peer workspace across its window, with the application's clock moved (hub.dev.clock-control):
 * closed before, open to the team (position statement, document pack, notes), read-only once the report is issued,
 * then closed; the notes never reach the council, its adviser or anyone off the team.
 */
@ExtendWith(RunningStack.class)
class PeerWorkspaceIT {

    static final String GATESHEAD = "E08000037";
    static final String PEER = "wendy.workspace";
    static final String PASSWORD = "Correct-Horse-42";
    private static final byte[] PDF = "%PDF-1.7\n% the council's document pack\n".getBytes(StandardCharsets.US_ASCII);

    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;
    private String admin;

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
        admin = Tokens.of("admin");
    }

    @BeforeAll
    static void peers() {
        Tokens.createUserWithRealmRole(PEER, PASSWORD, "peer");
        Tokens.createUserWithRealmRole("olly.otherteam", PASSWORD, "peer");
    }

    /** Other suites share the server: "today" is always put back. */
    @AfterEach
    void resetTheClock() throws Exception {
        assertEquals(200, api.delete("api/v1/admin/clock", admin).status());
    }

    @Test
    void theTeamUsesItsWorkspaceOnlyInsideTheWindowAndNoOneElseReadsItsNotes() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate visit = today.plusDays(100);
        long id = challengeWithPeerOnTeam(visit);
        String peer = Tokens.of(PEER, PASSWORD);
        String workspace = "api/v1/challenges/" + id + "/workspace";

        Api.Reply early = api.get(workspace, peer);
        assertEquals(403, early.status(), early.body());
        assertTrue(early.isProblem(), early.body());
        assertTrue(early.body().contains(visit.minusWeeks(6).toString()), "says when it opens: " + early.body());

        moveClock(60);
        String editor = Tokens.of("gateshead-editor");
        Api.Reply statement = api.put(
                "api/v1/action-plans/" + id + "/position-statement",
                editor,
                "{\"body\":\"Gateshead's own view of itself before the visit.\"}");
        assertEquals(200, statement.status(), statement.body());
        Api.Reply upload = api.upload(
                "api/v1/challenges/" + id + "/document-pack?title=Corporate%20plan&fileName=corporate-plan.pdf",
                editor,
                PDF,
                "application/pdf");
        assertEquals(201, upload.status(), upload.body());
        long document = upload.json().asJsonObject().getJsonNumber("id").longValue();
        assertEquals(
                403,
                api.upload(
                                "api/v1/challenges/" + id + "/document-pack?title=x&fileName=x.pdf",
                                peer,
                                PDF,
                                "application/pdf")
                        .status(),
                "only the council's editors add to the pack");

        JsonObject open = read(workspace, peer);
        assertEquals("OPEN", open.getString("state"));
        assertTrue(open.getBoolean("mayWriteNotes"));
        assertEquals("Gateshead's own view of itself before the visit.", open.getString("positionStatement"));
        assertEquals(
                "Corporate plan",
                open.getJsonArray("documents").getJsonObject(0).getString("title"));
        HttpResponse<byte[]> file = api.download(workspace + "/documents/" + document + "/content", peer);
        assertEquals(200, file.statusCode());
        assertArrayEquals(PDF, file.body());

        Api.Reply note = api.send(
                "POST",
                workspace + "/notes",
                peer,
                "{\"theme\":\"financial-planning-and-management\",\"text\":\"Ask about the reserves strategy.\"}");
        assertEquals(201, note.status(), note.body());
        assertEquals(PEER, note.json().asJsonObject().getString("author"));
        assertEquals(1, api.get(workspace + "/notes", peer).json().asJsonArray().size());
        assertEquals(1, api.get(workspace + "/notes", pcm).json().asJsonArray().size(), "the team's manager");

        for (String user : new String[] {"gateshead-editor", "adviser-ne", "admin"}) {
            Api.Reply refused = api.get(workspace + "/notes", Tokens.of(user));
            assertEquals(403, refused.status(), user + ": " + refused.body());
            assertFalse(refused.body().contains("reserves"), user);
            assertEquals(403, api.get(workspace, Tokens.of(user)).status(), user);
        }
        for (String user : new String[] {"coventry-editor", "coventry-viewer", "adviser-wm"}) {
            assertEquals(404, api.get(workspace + "/notes", Tokens.of(user)).status(), user);
        }
        assertEquals(
                404,
                api.get(workspace + "/notes", Tokens.of("olly.otherteam", PASSWORD))
                        .status());

        moveClock(105);
        for (String to : new String[] {"SCHEDULED", "ON_SITE", "REPORT_DRAFTING"}) {
            step(id, "moves", "{\"to\":\"" + to + "\"}");
        }
        api.send(
                "PUT",
                "api/v1/challenges/" + id + "/report",
                pcm,
                "{\"executiveSummary\":\"Gateshead is on the up.\"}");
        step(
                id,
                "recommendations",
                "{\"number\":\"1\",\"title\":\"Reserves\",\"text\":\"Set a reserves strategy.\","
                        + "\"themes\":[\"financial-planning-and-management\"]}");
        LocalDate issued = today.plusDays(105);
        step(id, "report/issue", "{\"issuedOn\":\"" + issued + "\"}");

        JsonObject readOnly = read(workspace, peer);
        assertEquals("READ_ONLY", readOnly.getString("state"));
        assertFalse(readOnly.getBoolean("mayWriteNotes"));
        Api.Reply late = api.send(
                "POST",
                workspace + "/notes",
                peer,
                "{\"theme\":\"financial-planning-and-management\",\"text\":\"Late.\"}");
        assertEquals(422, late.status(), late.body());
        assertTrue(late.isProblem(), late.body());
        assertEquals(1, api.get(workspace + "/notes", peer).json().asJsonArray().size(), "still readable");

        moveClock(105 + 95);
        Api.Reply closed = api.get(workspace, peer);
        assertEquals(403, closed.status(), closed.body());
        assertTrue(closed.body().contains(issued.plusMonths(3).toString()), closed.body());
        assertEquals(403, api.get(workspace + "/notes", peer).status());
        assertEquals(
                200,
                api.get("api/v1/challenges/" + id + "/document-pack", editor).status(),
                "the council's own");
    }

    @Test
    void aPeerSeesTheWorkspaceInItsWindowOnlyAndWritesANoteTheCouncilCannotSee() throws Exception {
        long id = challengeWithPeerOnTeam(LocalDate.now(ZoneOffset.UTC).plusDays(100));
        String address = base + "app/workspace/index.xhtml?id=" + id;
        try (Browser browser = Browser.open("peer-workspace")) {
            WebDriver page = browser.driver;
            browser.signIn(base, PEER, PASSWORD);
            assertEquals(
                    "Peer team workspaces", page.findElement(By.tagName("h1")).getText(), "a peer's landing");
            assertTrue(page.findElement(By.id("workspaces")).getText().contains("Not open yet"));
            browser.check("peer-workspaces");
            page.get(address);
            assertTrue(page.getPageSource().contains("opens on"), "refused before the window, saying when");
            assertTrue(page.findElements(By.id("notes")).isEmpty());
            browser.check("peer-workspace-not-yet");

            moveClock(60);
            page.get(address);
            assertEquals("Open", page.findElement(By.id("workspace-state")).getText());
            new Select(page.findElement(By.id("theme"))).selectByValue("financial-planning-and-management");
            Browser.type(page, "text", "Ask the s151 officer about reserves.");
            Browser.clickAndWaitForNewPage(page, By.id("add-note"));
            assertTrue(page.findElement(By.id("notes")).getText().contains("Ask the s151 officer about reserves."));
            browser.check("peer-workspace-open");
            assertEquals(List.of(), browser.violations());
        }
        try (Browser council = Browser.open("peer-workspace-council")) {
            council.signIn(base, "gateshead-editor");
            council.driver.get(address);
            assertFalse(council.driver.getPageSource().contains("s151"), "the council never reads the notes");
            assertTrue(council.driver.findElements(By.id("notes")).isEmpty());
        }
    }

    @Test
    void theClockControlIsTheAdministratorsAlone() throws Exception {
        assertEquals(403, api.put("api/v1/admin/clock?days=10", pcm, null).status());
        Api.Reply bad = api.put("api/v1/admin/clock?days=nine", admin, null);
        assertTrue(bad.status() == 400 || bad.status() == 404 || bad.status() == 422, bad.body());
        assertTrue(bad.isProblem(), bad.body());
    }

    /** A new Gateshead challenge (other suites' fixtures are Coventry's demo challenges) whose team has the workspace peer and the demo's manager. */
    static long challengeWithPeerOnTeam(LocalDate visit) throws Exception {
        Api api = new Api(RunningStack.appUrl());
        String pcm = Tokens.of("pcm");
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"" + visit + "\",\"onSiteEnd\":\"" + visit.plusDays(3) + "\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        for (String member : new String[] {
            "{\"name\":\"Wendy Workspace\",\"role\":\"OFFICER_PEER\",\"homeOrganisation\":\"Somewhere Council\","
                    + "\"username\":\"" + PEER + "\"}",
            "{\"name\":\"Demo Manager\",\"role\":\"PEER_CHALLENGE_MANAGER\",\"homeOrganisation\":\"LGA\","
                    + "\"username\":\"pcm\"}"
        }) {
            Api.Reply added = api.send("POST", "api/v1/challenges/" + id + "/team", pcm, member);
            assertEquals(200, added.status(), added.body());
        }
        return id;
    }

    private void moveClock(int days) throws Exception {
        Api.Reply moved = api.put("api/v1/admin/clock?days=" + days, admin, null);
        assertEquals(200, moved.status(), moved.body());
    }

    private JsonObject read(String path, String token) throws Exception {
        Api.Reply reply = api.get(path, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private void step(long id, String path, String body) throws Exception {
        Api.Reply reply = api.send("POST", "api/v1/challenges/" + id + "/" + path, pcm, body);
        assertEquals(200, reply.status(), path + ": " + reply.body());
    }
}
