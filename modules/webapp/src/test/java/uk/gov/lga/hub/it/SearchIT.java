package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search as every demo user, through the API with real tokens. Each run makes its own words (other suites share the
 * database): a Coventry challenge whose feedback report is published, a Gateshead challenge whose report is not, and
 * each council's response to its recommendation. A council's users find their own response and never the other
 * council's; advisers find their region's; LGA staff find both; the public finds only what was published. Facet
 * counts equal the results that choosing them gives.
 */
@ExtendWith(RunningStack.class)
class SearchIT {

    private static final String GATESHEAD = "E08000037";
    private static final String COVENTRY = "E08000026";
    private static final List<String> EVERY_DEMO_USER = List.of(
            "admin", "pcm", "adviser-wm", "adviser-ne", "coventry-editor", "coventry-viewer", "gateshead-editor");

    /** Made once per run: unique words and the records that carry them. */
    private static Words words;

    final URL base = RunningStack.appUrl();
    private Api api;

    record Words(String coventryResponse, String gatesheadResponse, String coventryPublished, String gatesheadDraft) {}

    @BeforeEach
    void connect() throws Exception {
        api = new Api(base);
        if (words == null) {
            words = recordTheWords();
        }
    }

    @Test
    void everyDemoUserFindsExactlyTheCouncilWordsTheirRolesMayRead() throws Exception {
        Map<String, List<String>> findsCouncils = Map.of(
                "admin", List.of(COVENTRY, GATESHEAD),
                "pcm", List.of(COVENTRY, GATESHEAD),
                "adviser-wm", List.of(COVENTRY),
                "adviser-ne", List.of(GATESHEAD),
                "coventry-editor", List.of(COVENTRY),
                "coventry-viewer", List.of(COVENTRY),
                "gateshead-editor", List.of(GATESHEAD));
        for (String user : EVERY_DEMO_USER) {
            String token = Tokens.of(user);
            boolean readsCoventry = findsCouncils.get(user).contains(COVENTRY);
            boolean readsGateshead = findsCouncils.get(user).contains(GATESHEAD);

            JsonObject coventry = search(token, words.coventryResponse());
            assertEquals(readsCoventry ? 1 : 0, total(coventry), user + " searching Coventry's response: " + coventry);
            if (readsCoventry) {
                JsonObject hit = coventry.getJsonArray("results").getJsonObject(0);
                assertEquals("RESPONSE", hit.getString("kind"));
                assertEquals(COVENTRY, hit.getString("councilCode"));
                assertFalse(hit.getBoolean("published"));
                assertTrue(
                        hit.getString("snippetHtml").contains("<mark>" + words.coventryResponse() + "</mark>"),
                        hit.toString());
            }
            JsonObject gateshead = search(token, words.gatesheadResponse());
            assertEquals(
                    readsGateshead ? 1 : 0, total(gateshead), user + " searching Gateshead's response: " + gateshead);
            JsonObject draft = search(token, words.gatesheadDraft());
            assertEquals(
                    readsGateshead ? 1 : 0, total(draft), user + " searching Gateshead's unpublished report: " + draft);
            JsonObject published = search(token, words.coventryPublished());
            assertEquals(1, total(published), user + " searching Coventry's published report: " + published);
            assertTrue(published.getJsonArray("results").getJsonObject(0).getBoolean("published"));
        }
    }

    @Test
    void thePublicFindsOnlyPublishedContent() throws Exception {
        JsonObject published = search(null, words.coventryPublished());
        assertEquals(1, total(published), published.toString());
        JsonObject hit = published.getJsonArray("results").getJsonObject(0);
        assertEquals("RECOMMENDATION", hit.getString("kind"));
        assertTrue(hit.getBoolean("published"));
        assertEquals("Coventry City Council", hit.getString("councilName"));
        assertTrue(hit.getJsonNumber("publicationId").longValue() > 0);
        for (String unpublished :
                List.of(words.coventryResponse(), words.gatesheadResponse(), words.gatesheadDraft())) {
            assertEquals(0, total(search(null, unpublished)), unpublished);
        }
        JsonObject misspelt = search(null, "Coventy");
        assertTrue(
                misspelt.getJsonArray("results").stream()
                        .anyMatch(r -> r.asJsonObject().getString("councilCode").equals(COVENTRY)),
                "a near-miss of a council's name still finds it: " + misspelt);
    }

    @Test
    void facetCountsEqualTheResultsTheyFilterTo() throws Exception {
        String all = String.join(
                " or ",
                words.coventryResponse(),
                words.gatesheadResponse(),
                words.coventryPublished(),
                words.gatesheadDraft());
        for (String token : new String[] {Tokens.of("admin"), Tokens.of("coventry-editor"), null}) {
            JsonObject results = search(token, all);
            long total = total(results);
            assertTrue(total >= 1, results.toString());
            JsonObject facets = results.getJsonObject("facets");
            for (String facet : List.of("theme", "region", "councilType", "year", "kind")) {
                long sum = 0;
                for (JsonValue v : facets.getJsonArray(facet)) {
                    JsonObject value = v.asJsonObject();
                    long count = value.getJsonNumber("count").longValue();
                    sum += count;
                    JsonObject narrowed = search(token, all, facet + "=" + value.getString("value"));
                    assertEquals(count, total(narrowed), facet + " " + value + ": " + narrowed);
                }
                if (!facet.equals("theme")) {
                    assertEquals(total, sum, facet + " counts add up to the results");
                }
            }
        }
        JsonObject admin = search(Tokens.of("admin"), all);
        assertEquals(4, total(admin), admin.toString());
        JsonObject pageTwo = search(Tokens.of("admin"), all, "size=3&page=2");
        assertEquals(1, pageTwo.getJsonArray("results").size(), "the fourth result on the second page of three");
        assertEquals(2, pageTwo.getInt("pages"));
    }

    @Test
    void aSearchThatCannotBeRunIsA400ProblemForEveryone() throws Exception {
        for (String query : List.of(
                "q=",
                "q=%21%21%21",
                "q=" + "a".repeat(201),
                "q=housing&page=0",
                "q=housing&size=51",
                "q=housing&year=abc",
                "q=housing&theme=Not%20a%20code",
                "q=%00")) {
            for (String path : List.of("api/v1/public/search?", "api/v1/search?")) {
                Api.Reply reply = api.get(path + query, path.contains("public") ? null : Tokens.of("coventry-viewer"));
                assertEquals(400, reply.status(), path + query + ": " + reply.body());
                assertTrue(reply.isProblem(), reply.body());
            }
        }
        assertEquals(401, api.get("api/v1/search?q=housing", null).status(), "signed-in search needs a token");
    }

    private JsonObject search(String token, String text, String... more) throws Exception {
        // A parameter's first value counts: what the test adds comes before the default page size.
        String query = "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + (more.length == 0 ? "" : "&" + String.join("&", more)) + "&size=50";
        Api.Reply reply = api.get((token == null ? "api/v1/public/search?" : "api/v1/search?") + query, token);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private static long total(JsonObject results) {
        return results.getJsonNumber("total").longValue();
    }

    /** Four words no other suite or run uses, in the records this suite makes. */
    private Words recordTheWords() throws Exception {
        Random random = new Random();
        Words made = new Words(word(random), word(random), word(random), word(random));
        String pcm = Tokens.of("pcm");
        LocalDate start = LocalDate.of(2012, 1, 2).plusWeeks(random.nextInt(150) * 2L);
        long coventry = issued(pcm, COVENTRY, start, "Strengthen " + made.coventryPublished() + " partnerships");
        long coventryRecommendation = firstRecommendation(pcm, coventry);
        respond(Tokens.of("coventry-editor"), coventryRecommendation, "We will " + made.coventryResponse() + " it");
        ok(api.send(
                "POST",
                "api/v1/challenges/" + coventry + "/publications",
                pcm,
                "{\"kind\":\"FEEDBACK_REPORT\",\"publishedOn\":\"" + start.plusDays(40)
                        + "\",\"url\":\"https://www.coventry.gov.uk/peer-challenge\"}"));
        long gateshead = issued(pcm, GATESHEAD, start, "Review " + made.gatesheadDraft() + " arrangements");
        respond(
                Tokens.of("gateshead-editor"),
                firstRecommendation(pcm, gateshead),
                "Gateshead will " + made.gatesheadResponse() + " this");
        return made;
    }

    /** Letters only, so the English stemmer leaves it alone as typed and as stored. */
    private static String word(Random random) {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.append('x').toString().toLowerCase(Locale.UK);
    }

    private long issued(String pcm, String council, LocalDate start, String recommendation) throws Exception {
        long id = ok(api.send(
                        "POST",
                        "api/v1/councils/" + council + "/challenges",
                        pcm,
                        "{\"onSiteStart\":\"" + start + "\",\"onSiteEnd\":\"" + start.plusDays(3)
                                + "\",\"confirmed\":true}"))
                .getJsonNumber("id")
                .longValue();
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            ok(api.send("POST", "api/v1/challenges/" + id + "/moves", pcm, "{\"to\":\"" + to + "\"}"));
        }
        ok(api.send("PUT", "api/v1/challenges/" + id + "/report", pcm, "{\"executiveSummary\":\"A summary.\"}"));
        ok(api.send(
                "POST",
                "api/v1/challenges/" + id + "/recommendations",
                pcm,
                "{\"number\":\"1\",\"title\":\"Partnerships\",\"text\":\"" + recommendation + ".\"}"));
        ok(api.send(
                "POST",
                "api/v1/challenges/" + id + "/report/issue",
                pcm,
                "{\"issuedOn\":\"" + start.plusDays(30) + "\"}"));
        return id;
    }

    private long firstRecommendation(String token, long challenge) throws Exception {
        return ok(api.get("api/v1/challenges/" + challenge, token))
                .getJsonArray("recommendations")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private void respond(String token, long recommendation, String narrative) throws Exception {
        ok(api.put(
                "api/v1/recommendations/" + recommendation + "/response",
                token,
                "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"" + narrative + "\"}"));
    }

    private static JsonObject ok(Api.Reply reply) {
        assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
        return reply.json().asJsonObject();
    }
}
