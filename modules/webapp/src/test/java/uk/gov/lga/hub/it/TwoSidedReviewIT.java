package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two-sided progress review: the council rates itself before the review, the peers rate it at the review, and
 * the API, the page, the published report and the advisers' region figures show both with the gap. Another
 * council never reaches the council's ratings, and they are fixed once the review report is published.
 */
@ExtendWith(RunningStack.class)
class TwoSidedReviewIT {

    /** Gateshead, like other suites' own challenges: Coventry's demo challenges are what many suites read. */
    private static final String GATESHEAD = "E08000037";

    private static final String COVENTRY = "E08000026";

    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;
    private String editor;

    @BeforeEach
    void connect() throws Exception {
        api = new Api(base);
        pcm = Tokens.of("pcm");
        editor = Tokens.of("gateshead-editor");
    }

    @Test
    void theCouncilsViewAndThePeersSitSideBySideFromTheApiToThePublishedReportAndTheAdvisersFigures() throws Exception {
        JsonObject before = councilLine();
        long id = challengeWithReportDrafted("2025-11-03", "2025-11-06");
        long greener = recommendation(id, 0);
        long same = recommendation(id, 1);
        long redder = recommendation(id, 2);

        Api.Reply early = assess(id, greener, "GREEN", "Done.", null);
        assertEquals(422, early.status(), early.body());
        assertEquals(
                "self-assessment-before-report", early.json().asJsonObject().getString("rule"));

        step(id, "POST", "report/issue", "{\"issuedOn\":\"2025-12-15\"}");
        assertEquals(
                200,
                assess(id, greener, "GREEN", "The vision is adopted.", null).status());
        assertEquals(
                200, assess(id, same, "AMBER", "Recruitment has started.", null).status());
        JsonObject rated = ok(assess(id, redder, "RED", "Not yet begun.", null));
        assertTrue(rated.getBoolean("selfAssessmentOpen"));

        Api.Reply stale = assess(id, greener, "AMBER", "Second thoughts.", null);
        assertEquals(409, stale.status(), "a second first rating is a concurrent change: " + stale.body());
        long version = line(rated, greener).getJsonNumber("version").longValue();
        assertEquals(
                "AMBER",
                line(ok(assess(id, greener, "AMBER", "Second thoughts.", version)), greener)
                        .getString("councilRag"));
        assertEquals(
                "GREEN",
                line(ok(assess(id, greener, "GREEN", "The vision is adopted.", version + 1)), greener)
                        .getString("councilRag"));
        Api.Reply tooLong = assess(id, same, "AMBER", "x".repeat(1001), versionOf(id, same));
        assertEquals(422, tooLong.status(), tooLong.body());
        assertEquals(
                "self-assessment-narrative-too-long",
                tooLong.json().asJsonObject().getString("rule"));

        step(
                id,
                "POST",
                "publications",
                "{\"kind\":\"FEEDBACK_REPORT\",\"publishedOn\":\"2026-01-20\",\"url\":\"https://www.gateshead.gov.uk/cpc-2025\"}");
        step(id, "PUT", "progress-review", "{\"plannedDate\":\"2026-09-07\",\"confirmed\":true}");
        step(
                id,
                "POST",
                "progress-review/record",
                "{\"heldOn\":\"2026-09-08\",\"attendees\":[\"Pam Smith\"],\"summary\":\"Steady progress.\","
                        + "\"ratings\":[" + rating(greener, "AMBER") + "," + rating(same, "AMBER") + ","
                        + rating(redder, "GREEN") + "]}");

        JsonObject review = ok(api.get("api/v1/progress-reviews/" + id, Tokens.of("adviser-ne")));
        assertEquals("COUNCIL_GREENER", line(review, greener).getString("gap"));
        assertEquals("SAME", line(review, same).getString("gap"));
        assertEquals("COUNCIL_REDDER", line(review, redder).getString("gap"));
        assertEquals("AMBER", line(review, greener).getString("peersRag"));
        assertEquals("The vision is adopted.", line(review, greener).getString("councilNarrative"));
        assertEquals(3, review.getJsonObject("gaps").getInt("compared"));
        assertEquals(1, review.getJsonObject("gaps").getInt("councilGreener"));

        UiSession council = UiSession.signedIn(base, "gateshead-editor");
        UiSession.Reply page = council.get("app/plan/progress-review.xhtml?id=" + id);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Council rates itself greener"), "the gap is highlighted");
        assertTrue(page.body().contains("Council rates itself redder"));
        assertTrue(page.body().contains("The vision is adopted."), "the council's narrative beside the peers'");
        assertTrue(
                page.body().contains("Save the council&#39;s rating of")
                        || page.body().contains("Save the council's rating of"),
                "editable before the report is out");

        UiSession.Form form = page.forms().stream()
                .filter(f -> String.valueOf(same).equals(f.fields().get("recommendation")))
                .findFirst()
                .orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.put("rag", "AMBER");
        fields.put("narrative", "x".repeat(1001));
        fields.put(form.buttons().get(0), "x");
        UiSession.Reply refusedOnPage = council.post(form.action().replaceFirst("^/", ""), fields);
        assertEquals(200, refusedOnPage.status(), "the page comes back with the reason");
        assertTrue(refusedOnPage.body().contains("Keep the narrative to 1000 characters"), refusedOnPage.body());
        assertTrue(refusedOnPage.body().contains("govuk-error-summary"));

        JsonObject after = councilLine();
        assertEquals(
                before.getJsonObject("selfRatings").getInt("councilGreener") + 1,
                after.getJsonObject("selfRatings").getInt("councilGreener"),
                "the region's line counts the council rating itself greener");
        JsonObject region = ok(api.get("api/v1/progress/regions/north-east", Tokens.of("adviser-ne")));
        assertTrue(region.getJsonNumber("councilsRatingThemselvesGreener").longValue() >= 1, region.toString());
        assertTrue(ok(UiSession.signedIn(base, "adviser-ne").get("app/adviser/dashboard.xhtml"))
                .contains("Councils rating themselves greener than their peers"));

        JsonObject published = step(
                id,
                "POST",
                "publications",
                "{\"kind\":\"PROGRESS_REVIEW_REPORT\",\"publishedOn\":\"2026-10-20\","
                        + "\"url\":\"https://www.gateshead.gov.uk/cpc-2025-review\"}");
        long reportId = published.getJsonArray("publications").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("kind").equals("PROGRESS_REVIEW_REPORT"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        JsonObject report = ok(api.get("api/v1/public/reports/" + reportId, null));
        List<JsonObject> ratings = report.getJsonObject("content").getJsonArray("ratings").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(
                List.of("COUNCIL_GREENER", "SAME", "COUNCIL_REDDER"),
                ratings.stream().map(r -> r.getString("gap")).toList());
        assertEquals("GREEN", ratings.get(0).getString("councilRag"));
        assertEquals("AMBER", ratings.get(0).getString("rag"));
        assertTrue(
                ok(UiSession.anonymous(base).get("report.xhtml?id=" + reportId))
                        .contains("Council rates itself greener"),
                "the public page shows both sides");

        Api.Reply closed = assess(id, greener, "RED", "Too late.", versionOf(id, greener));
        assertEquals(422, closed.status(), closed.body());
        assertTrue(closed.isProblem());
        assertEquals("self-assessment-closed", closed.json().asJsonObject().getString("rule"));
        String readOnly = ok(council.get("app/plan/progress-review.xhtml?id=" + id));
        assertTrue(readOnly.contains("can no longer change"), "the page says why it is read-only");
        assertTrue(!readOnly.contains("Save the council"), "and offers no form");

        Api.Reply audit = api.get("api/v1/councils/" + GATESHEAD + "/audit", editor);
        assertEquals(200, audit.status(), audit.body());
        List<String> trail = audit.json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").endsWith("(challenge " + id + ")"))
                .map(e -> e.getString("action") + " by " + e.getString("actor"))
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "self-assessment.recorded by gateshead-editor",
                        "self-assessment.recorded by gateshead-editor",
                        "self-assessment.recorded by gateshead-editor",
                        "self-assessment.revised by gateshead-editor",
                        "self-assessment.revised by gateshead-editor"),
                trail,
                "each change attributed, none for the refused ones");
    }

    @Test
    void anotherCouncilNeitherReadsNorWritesTheCouncilsOwnRatingsAndAViewerOnlyReads() throws Exception {
        long id = challengeWithReportDrafted("2025-11-17", "2025-11-20");
        step(id, "POST", "report/issue", "{\"issuedOn\":\"2025-12-15\"}");
        long first = recommendation(id, 0);
        assertEquals(200, assess(id, first, "GREEN", "Ours.", null).status());
        String coventry = Tokens.of("coventry-editor");

        Api.Reply read = api.get("api/v1/progress-reviews/" + id, coventry);
        assertEquals(404, read.status(), read.body());
        assertTrue(read.isProblem());
        Api.Reply write = api.put(
                "api/v1/progress-reviews/" + id + "/self-assessments/" + first,
                coventry,
                "{\"rag\":\"RED\",\"narrative\":\"Hijacked.\",\"version\":0}");
        assertEquals(404, write.status(), write.body());
        assertEquals(
                404,
                api.get("api/v1/progress-reviews/" + id, Tokens.of("adviser-wm"))
                        .status());
        // The demo has no Gateshead viewer: Coventry's viewer on Coventry's own demo challenge.
        long coventrys = coventrysDemoChallenge();
        Api.Reply viewer = api.put(
                "api/v1/progress-reviews/" + coventrys + "/self-assessments/" + recommendation(coventrys, 0),
                Tokens.of("coventry-viewer"),
                "{\"rag\":\"RED\",\"narrative\":\"Viewer.\",\"version\":0}");
        assertEquals(403, viewer.status(), viewer.body());
        assertEquals(
                404,
                UiSession.signedIn(base, "coventry-editor")
                        .get("app/plan/progress-review.xhtml?id=" + id)
                        .status());
        JsonObject unchanged = ok(api.get("api/v1/progress-reviews/" + id, editor));
        assertEquals("GREEN", line(unchanged, first).getString("councilRag"));
        assertEquals("Ours.", line(unchanged, first).getString("councilNarrative"));
    }

    /** A new Gateshead challenge with three recommendations, its report drafted and not yet issued. */
    private long challengeWithReportDrafted(String start, String end) throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"" + start + "\",\"onSiteEnd\":\"" + end + "\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            step(id, "POST", "moves", "{\"to\":\"" + to + "\"}");
        }
        step(id, "PUT", "report", "{\"executiveSummary\":\"Gateshead keeps its promises.\",\"themeFeedback\":{}}");
        for (String title : List.of("City centre", "Workforce", "Digital")) {
            step(
                    id,
                    "POST",
                    "recommendations",
                    "{\"number\":\"" + title.charAt(0) + "\",\"title\":\"" + title + "\",\"text\":\"Act on "
                            + title.toLowerCase(java.util.Locale.UK) + ".\"}");
        }
        return id;
    }

    private Api.Reply assess(long id, long recommendation, String rag, String narrative, Long version)
            throws Exception {
        return api.put(
                "api/v1/progress-reviews/" + id + "/self-assessments/" + recommendation,
                editor,
                "{\"rag\":\"" + rag + "\",\"narrative\":\"" + narrative + "\""
                        + (version == null ? "" : ",\"version\":" + version) + "}");
    }

    private long versionOf(long id, long recommendation) throws Exception {
        return line(ok(api.get("api/v1/progress-reviews/" + id, editor)), recommendation)
                .getJsonNumber("version")
                .longValue();
    }

    private long recommendation(long id, int index) throws Exception {
        return ok(api.get("api/v1/challenges/" + id, pcm))
                .getJsonArray("recommendations")
                .getJsonObject(index)
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject councilLine() throws Exception {
        return ok(api.get("api/v1/progress/regions/north-east", Tokens.of("adviser-ne")))
                .getJsonArray("councils")
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("code").equals(GATESHEAD))
                .findFirst()
                .orElseThrow();
    }

    /** The demo's 2024 Coventry challenge (the seeds' own). */
    private long coventrysDemoChallenge() throws Exception {
        return api.get("api/v1/councils/" + COVENTRY + "/challenges", pcm).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getString("onSiteStart").equals("2024-01-15"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static JsonObject line(JsonObject review, long recommendation) {
        return review.getJsonArray("recommendations").stream()
                .map(JsonValue::asJsonObject)
                .filter(l -> l.getJsonNumber("recommendationId").longValue() == recommendation)
                .findFirst()
                .orElseThrow();
    }

    private static String rating(long recommendation, String rag) {
        return "{\"recommendationId\":" + recommendation + ",\"rag\":\"" + rag + "\"}";
    }

    private JsonObject step(long id, String verb, String path, String body) throws Exception {
        return ok(api.send(verb, "api/v1/challenges/" + id + "/" + path, pcm, body));
    }

    private static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private static String ok(UiSession.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }
}
