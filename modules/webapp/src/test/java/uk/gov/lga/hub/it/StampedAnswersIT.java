package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A challenge's detail and its action plan are served again from what was written while nothing they are made of
 * changed (StampedAnswers, the V20 revisions): a change is in the very next read, its ETag moves on, If-None-Match
 * with the current ETag gets 304, and nothing kept for one council reaches a caller who may not read it.
 */
@ExtendWith(RunningStack.class)
class StampedAnswersIT {

    private static final String COVENTRY = "E08000026";
    private static final String GATESHEAD = "E08000037";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(RunningStack.appUrl());
    }

    @Test
    void aChangeToAChallengesTeamIsInTheNextReadUnderANewEtag() throws Exception {
        String pcm = Tokens.of("pcm");
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2027-09-06\",\"onSiteEnd\":\"2027-09-09\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        String path = "api/v1/challenges/" + proposed.json().asJsonObject().getJsonNumber("id");

        HttpResponse<String> first = get(path, pcm, null);
        HttpResponse<String> again = get(path, pcm, null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(first.body(), again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow(), "nothing changed, same stamp");
        assertEquals(304, get(path, pcm, etag).statusCode());
        assertFalse(first.body().contains("Sam Stamped"));

        Api.Reply joined = api.send(
                "POST",
                path + "/team",
                pcm,
                "{\"name\":\"Sam Stamped\",\"role\":\"OFFICER_PEER\",\"homeOrganisation\":\"Somewhere Council\"}");
        assertEquals(200, joined.status(), joined.body());

        HttpResponse<String> after = get(path, pcm, etag);
        assertEquals(200, after.statusCode(), "the old ETag no longer names the answer");
        assertTrue(after.body().contains("Sam Stamped"), after.body());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void aCouncilsNewResponseWordsAreInTheNextReadOfItsPlan() throws Exception {
        String editor = Tokens.of("coventry-editor");
        String plan = "api/v1/action-plans/" + coventryChallenge();
        HttpResponse<String> before = get(plan, editor, null);
        assertEquals(200, before.statusCode(), before.body());
        JsonObject entry = json(before.body()).getJsonArray("recommendations").getJsonObject(0);
        JsonObject response = entry.getJsonObject("response");
        String words = "Revised by the council at " + System.nanoTime() + ".";
        Api.Reply answered = api.put(
                "api/v1/recommendations/" + entry.getJsonNumber("recommendationId") + "/response",
                editor,
                "{\"acceptance\":\"" + response.getString("acceptance") + "\",\"narrative\":\"" + words
                        + "\",\"version\":" + response.getJsonNumber("version") + "}");
        assertEquals(200, answered.status(), answered.body());

        HttpResponse<String> after = get(plan, Tokens.of("coventry-viewer"), null);
        assertTrue(after.body().contains(words), "the viewer's next read has the editor's words");
        assertNotEquals(
                before.headers().firstValue("ETag").orElseThrow(),
                after.headers().firstValue("ETag").orElseThrow());
    }

    @Test
    void anotherCouncilGetsNotFoundWhateverIsKeptForTheChallenge() throws Exception {
        long challenge = coventryChallenge();
        String viewer = Tokens.of("coventry-viewer");
        String outsider = Tokens.of("gateshead-editor");
        for (String path : new String[] {"api/v1/action-plans/" + challenge, "api/v1/challenges/" + challenge}) {
            get(path, viewer, null);
            HttpResponse<String> kept = get(path, viewer, null);
            assertEquals(200, kept.statusCode(), path);
            String etag = kept.headers().firstValue("ETag").orElseThrow();
            assertEquals(404, get(path, outsider, null).statusCode(), path);
            assertEquals(404, get(path, outsider, etag).statusCode(), path + " with Coventry's ETag");
            assertEquals(404, get(path, Tokens.of("adviser-ne"), etag).statusCode(), path + " another region");
        }
    }

    @Test
    void aKeptAnswerSentBeforeJaxRsIsTheAnswerJaxRsWroteAndEveryRefusalStaysJaxRss() throws Exception {
        String viewer = Tokens.of("coventry-viewer");
        for (String path :
                new String[] {"api/v1/action-plans/" + coventryChallenge(), "api/v1/challenges/" + coventryChallenge()
                }) {
            HttpResponse<String> written = get(path, viewer, null);
            HttpResponse<String> kept = get(path, viewer, null);
            assertEquals(200, kept.statusCode(), path);
            assertEquals(written.body(), kept.body(), path);
            for (String header : new String[] {"Content-Type", "ETag", "Cache-Control", "X-Content-Type-Options"}) {
                assertEquals(
                        written.headers().firstValue(header), kept.headers().firstValue(header), header);
            }
            assertEquals(401, send(path, Map.of()).statusCode(), path + " signed out");
            String forged = viewer.substring(0, viewer.length() - 4) + "AAAA";
            assertEquals(
                    401, send(path, Map.of("Authorization", "Bearer " + forged)).statusCode(), "forged");
            assertEquals(
                    406,
                    send(path, Map.of("Authorization", "Bearer " + viewer, "Accept", "text/html"))
                            .statusCode(),
                    path + " asked for HTML");
            HttpResponse<String> weighed =
                    send(path, Map.of("Authorization", "Bearer " + viewer, "Accept", "application/json;q=0.5"));
            assertEquals(kept.body(), weighed.body(), path + " negotiated by JAX-RS");
        }
    }

    private long coventryChallenge() throws Exception {
        return api.get("api/v1/councils/" + COVENTRY + "/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private static HttpResponse<String> get(String path, String token, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RunningStack.appUrl().toString()).resolve(path))
                .header("Authorization", "Bearer " + token)
                .GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(RunningStack.appUrl().toString()).resolve(path))
                .GET();
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
