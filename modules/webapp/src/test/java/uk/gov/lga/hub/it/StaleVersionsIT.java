package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two managers on one challenge: a step based on a version someone has changed since is refused, never merged over. */
@ExtendWith(RunningStack.class)
class StaleVersionsIT {

    final URL base = RunningStack.appUrl();
    final Api api = new Api(base);

    private long draftingChallenge(String pcm) throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/E08000037/challenges",
                pcm,
                "{\"onSiteStart\":\"2025-05-12\",\"onSiteEnd\":\"2025-05-15\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            assertEquals(
                    200,
                    api.send("POST", "api/v1/challenges/" + id + "/moves", pcm, "{\"to\":\"" + to + "\"}")
                            .status());
        }
        return id;
    }

    private long version(long id, String token) throws Exception {
        return api.get("api/v1/challenges/" + id, token)
                .json()
                .asJsonObject()
                .getJsonNumber("version")
                .longValue();
    }

    @Test
    void aManagersStepBasedOnAnOlderVersionIsRefusedWith409AndTheCurrentChallenge() throws Exception {
        String pcm = Tokens.of("pcm");
        long id = draftingChallenge(pcm);
        long read = version(id, pcm);

        Api.Reply first = api.send(
                "PUT",
                "api/v1/challenges/" + id + "/report",
                pcm,
                "{\"executiveSummary\":\"First manager's summary.\"}",
                read);
        assertEquals(200, first.status(), first.body());
        long afterFirst = first.json().asJsonObject().getJsonNumber("version").longValue();
        assertTrue(afterFirst > read, "the step moved the version on");

        Api.Reply second = api.send(
                "PUT",
                "api/v1/challenges/" + id + "/report",
                pcm,
                "{\"executiveSummary\":\"Second manager's summary.\"}",
                read);
        assertEquals(409, second.status(), second.body());
        assertTrue(second.isProblem(), second.body());
        assertEquals(
                "First manager's summary.",
                api.get("api/v1/challenges/" + id, pcm)
                        .json()
                        .asJsonObject()
                        .getJsonObject("report")
                        .getString("executiveSummary"),
                "nothing was overwritten");

        // A change to a part of the challenge (its team) moves the version on too.
        Api.Reply peer = api.send(
                "POST",
                "api/v1/challenges/" + id + "/team",
                pcm,
                "{\"name\":\"Pat Peer\"," + "\"role\":\"OFFICER_PEER\",\"homeOrganisation\":\"Somewhere Council\"}",
                afterFirst);
        assertEquals(200, peer.status(), peer.body());
        long afterPeer = peer.json().asJsonObject().getJsonNumber("version").longValue();
        assertTrue(afterPeer > afterFirst, "adding a peer moved the version on");
        assertEquals(afterPeer, version(id, pcm), "the version returned is the one stored");
        Api.Reply stalePeer = api.send(
                "POST",
                "api/v1/challenges/" + id + "/recommendations",
                pcm,
                "{\"number\":\"1\",\"title\":\"Late\",\"text\":\"Based on an old read.\"}",
                afterFirst);
        assertEquals(409, stalePeer.status(), stalePeer.body());

        Api.Reply notAVersion =
                api.send("PUT", "api/v1/challenges/" + id + "/report", pcm, "{\"executiveSummary\":\"x\"}", null);
        assertEquals(200, notAVersion.status(), "a client that names no version is not refused: " + notAVersion.body());
    }

    @Test
    void theChallengePageRefusesAReportSavedOverAnotherManagersNewerOne() throws Exception {
        long id = draftingChallenge(Tokens.of("pcm"));
        UiSession first = UiSession.signedIn(base, "pcm");
        UiSession second = UiSession.signedIn(base, "admin");
        String page = "app/challenges/report.xhtml?id=" + id;
        UiSession.Form firstForm = reportForm(first.get(page));
        UiSession.Form secondForm = reportForm(second.get(page));

        assertEquals(
                302, submit(first, firstForm, "The first manager's summary.").status());
        UiSession.Reply refused = submit(second, secondForm, "The second manager's summary.");
        assertEquals(200, refused.status(), "the page comes back with the reason");
        assertTrue(refused.body().contains("Someone else saved this after you opened the page"), refused.body());
        JsonObject report = api.get("api/v1/challenges/" + id, Tokens.of("pcm"))
                .json()
                .asJsonObject()
                .getJsonObject("report");
        assertEquals("The first manager's summary.", report.getString("executiveSummary"));
    }

    private static UiSession.Form reportForm(UiSession.Reply page) {
        assertEquals(200, page.status(), page.body());
        return page.forms().stream()
                .filter(f -> f.fields().containsKey("executiveSummary"))
                .findFirst()
                .orElseThrow();
    }

    private static UiSession.Reply submit(UiSession session, UiSession.Form form, String summary) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("executiveSummary", summary);
        fields.put(form.buttons().get(0), "x");
        return session.post(form.action().replaceFirst("^/", ""), fields);
    }
}
