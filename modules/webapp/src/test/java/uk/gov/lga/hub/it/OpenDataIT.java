package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Open data, the reports feed and "similar elsewhere" (issue 16, points 3 and 4) against the real WAR: the data
 * package validates against its own schemas, only what was published appears (a Gateshead challenge made here is
 * absent until each part is published, and its council's response shows as published even after it changes), the
 * Atom feed parses and lists the published reports, and similar recommendations come from other councils only.
 * Other suites share the database: assertions are about this suite's own records or hold whatever else is there.
 */
@ExtendWith(RunningStack.class)
class OpenDataIT {

    private static final String OPEN = "api/v1/public/open-data/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final URL base = RunningStack.appUrl();
    final Api api = new Api(base);

    @Test
    void theDataPackageValidatesAgainstItsOwnSchemasAndEachTableIsTheSameAsCsvAndJson() throws Exception {
        Fixture.get(api);
        URI descriptorAt = URI.create(base.toString()).resolve(OPEN + "datapackage.json");
        HttpResponse<String> got = get(descriptorAt, null);
        assertEquals(200, got.statusCode(), got.body());
        JsonObject descriptor = Tokens.json(got.body()).asJsonObject();
        assertEquals("tabular-data-package", descriptor.getString("profile"));
        JsonObject licence = descriptor.getJsonArray("licenses").getJsonObject(0);
        assertEquals("OGL-UK-3.0", licence.getString("name"));
        assertEquals(
                "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
                licence.getString("path"));
        Map<String, List<Map<String, String>>> tables = new java.util.HashMap<>();
        for (JsonValue r : descriptor.getJsonArray("resources")) {
            JsonObject resource = r.asJsonObject();
            String path = resource.getString("path");
            assertFalse(path.startsWith("/") || path.contains(":"), "a relative path: " + path);
            HttpResponse<String> csv = get(descriptorAt.resolve(path), null);
            assertEquals(200, csv.statusCode(), path);
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), path);
            List<List<String>> records = Csv.parse(csv.body());
            JsonArray fields = resource.getJsonObject("schema").getJsonArray("fields");
            List<String> names =
                    fields.stream().map(f -> f.asJsonObject().getString("name")).toList();
            assertEquals(names, records.get(0), path + ": the header is the schema's fields in order");
            List<Map<String, String>> rows = new ArrayList<>();
            for (List<String> record : records.subList(1, records.size())) {
                assertEquals(names.size(), record.size(), path + ": " + record);
                Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    SchemaCheck.value(fields.getJsonObject(i), record.get(i), path + " " + record);
                    row.put(names.get(i), record.get(i));
                }
                rows.add(row);
            }
            List<String> primaryKey = resource.getJsonObject("schema").getJsonArray("primaryKey").stream()
                    .map(v -> ((jakarta.json.JsonString) v).getString())
                    .toList();
            Set<List<String>> keys = new HashSet<>();
            for (Map<String, String> row : rows) {
                assertTrue(keys.add(primaryKey.stream().map(row::get).toList()), path + ": duplicate key " + row);
            }
            tables.put(resource.getString("name"), rows);

            String jsonPath = path.replace(".csv", ".json");
            HttpResponse<String> json = get(descriptorAt.resolve(jsonPath), null);
            assertEquals(200, json.statusCode(), jsonPath);
            JsonArray objects = Tokens.json(json.body()).asJsonArray();
            assertEquals(rows.size(), objects.size(), jsonPath + " has the CSV's rows");
            for (int i = 0; i < rows.size(); i++) {
                JsonObject object = objects.getJsonObject(i);
                assertEquals(names, List.copyOf(object.keySet()), jsonPath);
                for (String name : names) {
                    JsonValue value = object.get(name);
                    String asText = value.getValueType() == JsonValue.ValueType.NULL
                            ? ""
                            : value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
                    assertEquals(rows.get(i).get(name), asText, jsonPath + " row " + i + " " + name);
                }
            }
            // A client that has it already is told so.
            String etag = csv.headers().firstValue("ETag").orElseThrow();
            assertEquals(304, get(descriptorAt.resolve(path), etag).statusCode(), path);
        }
        Set<String> recommendationKeys = tables.get("recommendations").stream()
                .map(r -> r.get("recommendation_key"))
                .collect(Collectors.toSet());
        for (String other : List.of("responses", "progress-ratings")) {
            for (Map<String, String> row : tables.get(other)) {
                assertTrue(recommendationKeys.contains(row.get("recommendation_key")), other + ": " + row);
            }
        }
        assertTrue(
                tables.get("recommendations").stream()
                                .filter(r -> r.get("council_code").equals("E08000026")
                                        && r.get("on_site_start").equals("2024-01-15"))
                                .count()
                        == 10,
                "the demo's published Coventry 2024 report has ten recommendations");
    }

    @Test
    void onlyWhatWasPublishedAppearsAndResponsesStayAsTheirPlanWasPublished() throws Exception {
        Fixture f = Fixture.get(api);
        for (String body : allOpenData()) {
            assertFalse(body.contains(f.unpublishedMarker), "an unpublished recommendation appears: " + body);
            assertFalse(body.contains(Fixture.NARRATIVE), "a council's words appear");
        }
        Map<String, String> recommendation = row("recommendations", f.key1);
        assertEquals("E08000037", recommendation.get("council_code"));
        assertTrue(recommendation.get("text").contains(f.marker), recommendation.toString());
        Map<String, String> tricky = row("recommendations", f.key2);
        assertEquals(Fixture.TRICKY_TEXT, tricky.get("text"), "commas, quotes and line breaks survive the CSV");

        Map<String, String> response = row("responses", f.key1);
        assertEquals("ACCEPTED", response.get("acceptance"), "as submitted before publication, not as changed since");
        assertEquals("2", response.get("actions"));
        assertEquals("1", response.get("actions_complete"));
        assertEquals("1", response.get("actions_in_progress"));
        assertEquals("SUBMITTED_VERSION", response.get("source"));
        assertEquals(f.planPublishedOn.toString(), response.get("action_plan_published_on"));
        assertEquals("PARTIALLY_ACCEPTED", row("responses", f.key2).get("acceptance"));

        Map<String, String> rating = row("progress-ratings", f.key1);
        assertEquals("GREEN", rating.get("rag"));
        assertEquals("2026-07-07", rating.get("review_held_on"));
        assertEquals(
                List.of(),
                table("progress-ratings").stream()
                        .filter(r -> r.get("recommendation_key").equals(f.key2))
                        .toList(),
                "no rating was given to the second recommendation");
    }

    @Test
    void beforeEachPublicationItsPartIsAbsent() throws Exception {
        Fixture f = Fixture.get(api);
        assertEquals(List.of(), f.recommendationsBeforeReport, "recommendations before the report was published");
        assertEquals(List.of(), f.responsesBeforePlan, "responses before the action plan was published");
        assertEquals(List.of(), f.ratingsBeforeReview, "ratings before the progress review was published");
        assertFalse(f.similarBeforeReport.contains(f.marker), "similar elsewhere before publication");
    }

    @Test
    void theAtomFeedParsesAndListsThePublishedReports() throws Exception {
        Fixture.get(api);
        HttpResponse<String> feed = get(URI.create(base.toString()).resolve("api/v1/public/reports.atom"), null);
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.body().getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        for (String required : List.of("id", "title", "updated", "link", "author")) {
            assertTrue(root.getElementsByTagNameNS(ATOM, required).getLength() > 0, required);
        }
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            ids.add(entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent());
            assertNotNull(entry.getElementsByTagNameNS(ATOM, "updated").item(0));
            assertNotNull(entry.getElementsByTagNameNS(ATOM, "title").item(0));
        }
        List<String> published = api.get("api/v1/public/reports", null).json().asJsonArray().stream()
                .limit(100)
                .map(r -> "tag:local.gov.uk,2026:peer-challenge-hub:publication:"
                        + r.asJsonObject().getJsonNumber("id"))
                .toList();
        assertEquals(Set.copyOf(published), Set.copyOf(ids), "the feed lists the published reports");
        assertTrue(feed.body().contains("Coventry City Council: feedback report"), "the demo's report");
    }

    @Test
    void similarRecommendationsComeFromOtherCouncilsPublishedOnlyRankedWithTheirOutcomes() throws Exception {
        Fixture f = Fixture.get(api);
        Api.Reply reply = api.get(
                "api/v1/recommendations/" + f.coventryRecommendation + "/similar", Tokens.of("coventry-editor"));
        assertEquals(200, reply.status(), reply.body());
        JsonArray similar = reply.json().asJsonArray();
        assertFalse(similar.isEmpty());
        assertTrue(similar.size() <= 5);
        Set<String> published = table("recommendations").stream()
                .map(r -> r.get("recommendation_key"))
                .collect(Collectors.toSet());
        double last = Double.MAX_VALUE;
        for (JsonValue v : similar) {
            JsonObject s = v.asJsonObject();
            assertFalse(s.getString("councilCode").equals("E08000026"), "another council's: " + s);
            assertTrue(published.contains(s.getString("recommendationKey")), "published: " + s);
            assertTrue(s.getJsonNumber("score").doubleValue() <= last, "ranked: " + similar);
            last = s.getJsonNumber("score").doubleValue();
        }
        JsonObject best = similar.getJsonObject(0);
        assertEquals(f.key1, best.getString("recommendationKey"), "the near copy made here ranks first");
        assertEquals("ACCEPTED", best.getJsonObject("actionPlan").getString("acceptance"));
        assertEquals(2, best.getJsonObject("actionPlan").getInt("actions"));
        assertEquals("GREEN", best.getJsonObject("progressReview").getString("rag"));
        assertFalse(reply.body().contains(Fixture.NARRATIVE));
        assertFalse(reply.body().contains(f.unpublishedMarker));

        Api.Reply fromGateshead = api.get("api/v1/recommendations/" + f.recommendation1 + "/similar", Tokens.of("pcm"));
        assertEquals(200, fromGateshead.status(), fromGateshead.body());
        assertTrue(fromGateshead.json().asJsonArray().stream()
                .noneMatch(s -> s.asJsonObject().getString("councilCode").equals("E08000037")));
    }

    @Test
    void aCouncilCannotUseSimilarElsewhereOnAnotherCouncilsRecommendation() throws Exception {
        Fixture f = Fixture.get(api);
        String coventry = Tokens.of("coventry-editor");
        for (long id : List.of(f.recommendation1, f.unpublishedRecommendation)) {
            Api.Reply refused = api.get("api/v1/recommendations/" + id + "/similar", coventry);
            assertTrue(refused.status() == 403 || refused.status() == 404, refused.status() + " " + refused.body());
            assertFalse(refused.body().contains(f.marker) || refused.body().contains(f.unpublishedMarker));
        }
        assertEquals(
                401,
                api.get("api/v1/recommendations/" + f.recommendation1 + "/similar", null)
                        .status());
        assertEquals(
                404,
                api.get("api/v1/recommendations/999999999/similar", Tokens.of("pcm"))
                        .status());
    }

    @Test
    void theRecommendationPageShowsSimilarRecommendationsElsewhereAndPublicPagesLinkToOpenDataAndTheFeed()
            throws Exception {
        Fixture f = Fixture.get(api);
        UiSession ui = UiSession.signedIn(base, "coventry-editor");
        UiSession.Reply page = ui.get(
                "app/plan/recommendation.xhtml?challenge=" + f.coventryChallenge + "&id=" + f.coventryRecommendation);
        assertEquals(200, page.status(), page.body());
        assertTrue(page.body().contains("Similar recommendations elsewhere"), page.body());
        String publication = f.key1.substring(0, f.key1.indexOf('-'));
        int row = page.body().indexOf("report.xhtml?id=" + publication);
        assertTrue(row > page.body().indexOf("id=\"similar-table\""), "the copy made here is listed: " + page.body());
        assertTrue(page.body().contains("Gateshead Council"));
        assertFalse(page.body().contains(Fixture.NARRATIVE));
        assertFalse(page.body().contains(f.unpublishedMarker));

        UiSession anonymous = UiSession.anonymous(base);
        for (String path : List.of("index.xhtml", "accessibility.xhtml")) {
            String html = anonymous.get(path).body();
            assertTrue(html.contains("api/v1/public/open-data/datapackage.json"), path + " links to the open data");
            assertTrue(html.contains("api/v1/public/reports.atom"), path + " links to the feed");
            assertTrue(
                    html.contains("rel=\"alternate\" type=\"application/atom+xml\""),
                    path + " announces the feed in its head");
        }
    }

    private List<String> allOpenData() throws Exception {
        List<String> bodies = new ArrayList<>();
        for (String name : List.of("recommendations", "responses", "progress-ratings")) {
            bodies.add(api.get(OPEN + name + ".csv", null).body());
            bodies.add(api.get(OPEN + name + ".json", null).body());
        }
        return bodies;
    }

    private List<Map<String, String>> table(String name) throws Exception {
        return Csv.rows(api.get(OPEN + name + ".csv", null).body());
    }

    private Map<String, String> row(String name, String key) throws Exception {
        return table(name).stream()
                .filter(r -> r.get("recommendation_key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no row " + key));
    }

    private static HttpResponse<String> get(URI uri, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /**
     * A Gateshead challenge made once per run and published part by part, with what the open data showed before
     * each part was published; and a second one that is never published.
     */
    static final class Fixture {

        static final String NARRATIVE = "OPEN-DATA-IT-NARRATIVE never published";
        static final String TRICKY_TEXT =
                "Review the member development offer, with \"quotes\", commas, and\na line break.";
        private static Fixture made;

        final String marker = "opendatait" + Long.toString(System.nanoTime(), 36);
        final String unpublishedMarker = "unpublishedit" + Long.toString(System.nanoTime(), 36);
        final LocalDate planPublishedOn = today();
        long coventryChallenge;
        long coventryRecommendation;
        long recommendation1;
        long recommendation2;
        long unpublishedRecommendation;
        String key1;
        String key2;
        List<Map<String, String>> recommendationsBeforeReport;
        List<Map<String, String>> responsesBeforePlan;
        List<Map<String, String>> ratingsBeforeReview;
        String similarBeforeReport;

        static synchronized Fixture get(Api api) throws Exception {
            if (made == null) {
                Fixture f = new Fixture();
                f.make(api);
                made = f;
            }
            return made;
        }

        private void make(Api api) throws Exception {
            String pcm = Tokens.of("pcm");
            String editor = Tokens.of("gateshead-editor");
            long coventry2024 = api.get("api/v1/councils/E08000026/challenges", pcm).json().asJsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("onSiteStart").equals("2024-01-15"))
                    .findFirst()
                    .orElseThrow()
                    .getJsonNumber("id")
                    .longValue();
            coventryChallenge = coventry2024;
            JsonObject copied = ok(api.get("api/v1/challenges/" + coventry2024, pcm))
                    .getJsonArray("recommendations")
                    .getJsonObject(0);
            coventryRecommendation = copied.getJsonNumber("id").longValue();

            long hidden = drafted(api, pcm, "2025-12-01", "2025-12-04");
            unpublishedRecommendation = recommendation(
                    step(
                            api,
                            pcm,
                            hidden,
                            "POST",
                            "recommendations",
                            recommendationJson("1", "Hidden", unpublishedMarker + " " + copied.getString("text"))),
                    0);

            long id = drafted(api, pcm, "2025-11-10", "2025-11-13");
            step(
                    api,
                    pcm,
                    id,
                    "POST",
                    "recommendations",
                    recommendationJson("1", copied.getString("title"), copied.getString("text") + " " + marker));
            JsonObject both = step(
                    api,
                    pcm,
                    id,
                    "POST",
                    "recommendations",
                    recommendationJson("2", "Member development", TRICKY_TEXT));
            recommendation1 = recommendation(both, 0);
            recommendation2 = recommendation(both, 1);
            step(api, pcm, id, "POST", "report/issue", "{\"issuedOn\":\"2025-12-15\"}");
            recommendationsBeforeReport = Csv.rows(
                            api.get(OPEN + "recommendations.csv", null).body())
                    .stream()
                    .filter(r -> r.get("text").contains(marker))
                    .toList();
            similarBeforeReport = api.get(
                            "api/v1/recommendations/" + coventryRecommendation + "/similar",
                            Tokens.of("coventry-editor"))
                    .body();
            publish(api, pcm, id, "FEEDBACK_REPORT", "2026-01-12");
            String key = Csv.rows(api.get(OPEN + "recommendations.csv", null).body()).stream()
                    .filter(r -> r.get("text").contains(marker))
                    .findFirst()
                    .orElseThrow()
                    .get("recommendation_key");
            key1 = key;
            key2 = key.substring(0, key.lastIndexOf('-')) + "-2";

            String response1 = "api/v1/recommendations/" + recommendation1 + "/response";
            long version = ok(api.put(
                            response1, editor, "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"" + NARRATIVE + "\"}"))
                    .getJsonNumber("version")
                    .longValue();
            for (String status : List.of("COMPLETE", "IN_PROGRESS")) {
                Api.Reply added = api.send(
                        "POST",
                        response1 + "/actions",
                        editor,
                        "{\"description\":\"Action " + status + "\",\"ownerName\":\"Finance director\","
                                + "\"due\":\"2026-12-31\",\"status\":\"" + status + "\"}");
                assertEquals(201, added.status(), added.body());
            }
            ok(api.put(
                    "api/v1/recommendations/" + recommendation2 + "/response",
                    editor,
                    "{\"acceptance\":\"PARTIALLY_ACCEPTED\",\"narrative\":\"" + NARRATIVE + "\"}"));
            responsesBeforePlan = keyed(api, "responses");
            Api.Reply submitted = api.send("POST", "api/v1/action-plans/" + id + "/submissions", editor, null);
            assertEquals(201, submitted.status(), submitted.body());
            publish(api, pcm, id, "ACTION_PLAN", planPublishedOn.toString());
            // Changed after the plan was published: the open data keeps what was published.
            ok(api.put(
                    response1,
                    editor,
                    "{\"acceptance\":\"NOT_ACCEPTED\",\"narrative\":\"" + NARRATIVE + "\",\"version\":" + version
                            + "}"));

            step(api, pcm, id, "PUT", "progress-review", "{\"plannedDate\":\"2026-07-06\",\"confirmed\":true}");
            step(
                    api,
                    pcm,
                    id,
                    "POST",
                    "progress-review/record",
                    "{\"heldOn\":\"2026-07-07\",\"attendees\":[\"Pam Smith\"],\"summary\":\"Progress.\","
                            + "\"ratings\":[{\"recommendationId\":" + recommendation1
                            + ",\"rag\":\"GREEN\",\"comment\":\"Done.\"}]}");
            ratingsBeforeReview = keyed(api, "progress-ratings");
            publish(api, pcm, id, "PROGRESS_REVIEW_REPORT", "2026-07-20");
        }

        private List<Map<String, String>> keyed(Api api, String table) throws Exception {
            return Csv.rows(api.get(OPEN + table + ".csv", null).body()).stream()
                    .filter(r -> r.get("recommendation_key").equals(key1)
                            || r.get("recommendation_key").equals(key2))
                    .toList();
        }

        private static long drafted(Api api, String pcm, String start, String end) throws Exception {
            Api.Reply proposed = api.send(
                    "POST",
                    "api/v1/councils/E08000037/challenges",
                    pcm,
                    "{\"onSiteStart\":\"" + start + "\",\"onSiteEnd\":\"" + end + "\",\"confirmed\":true}");
            assertEquals(201, proposed.status(), proposed.body());
            long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
            for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
                step(api, pcm, id, "POST", "moves", "{\"to\":\"" + to + "\"}");
            }
            step(api, pcm, id, "PUT", "report", "{\"executiveSummary\":\"Open data fixture.\"}");
            return id;
        }

        private static void publish(Api api, String pcm, long id, String kind, String on) throws Exception {
            step(
                    api,
                    pcm,
                    id,
                    "POST",
                    "publications",
                    "{\"kind\":\"" + kind + "\",\"publishedOn\":\"" + on + "\",\"url\":\"https://www.gateshead.gov.uk/"
                            + kind.toLowerCase() + "\",\"confirmed\":true}");
        }

        private static String recommendationJson(String number, String title, String text) {
            return jakarta.json.Json.createObjectBuilder()
                    .add("number", number)
                    .add("title", title)
                    .add("text", text)
                    .build()
                    .toString();
        }

        private static long recommendation(JsonObject challenge, int index) {
            return challenge
                    .getJsonArray("recommendations")
                    .getJsonObject(index)
                    .getJsonNumber("id")
                    .longValue();
        }

        private static JsonObject step(Api api, String pcm, long id, String verb, String path, String body)
                throws Exception {
            Api.Reply reply = api.send(verb, "api/v1/challenges/" + id + "/" + path, pcm, body);
            assertEquals(200, reply.status(), verb + " " + path + ": " + reply.body());
            return reply.json().asJsonObject();
        }

        private static JsonObject ok(Api.Reply reply) {
            assertEquals(200, reply.status(), reply.body());
            return reply.json().asJsonObject();
        }
    }

    /** RFC 4180 read independently of the writer: quoted fields, doubled quotes, CRLF records. */
    static final class Csv {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    i++;
                } else {
                    field.append(c);
                }
            }
            assertFalse(quoted, "an unterminated quote");
            assertTrue(field.isEmpty() && record.isEmpty(), "the last record ends in CRLF");
            return records;
        }

        static List<Map<String, String>> rows(String text) {
            List<List<String>> records = parse(text);
            List<String> header = records.get(0);
            return records.subList(1, records.size()).stream()
                    .map(r -> {
                        Map<String, String> row = new java.util.LinkedHashMap<>();
                        for (int i = 0; i < header.size(); i++) {
                            row.put(header.get(i), r.get(i));
                        }
                        return row;
                    })
                    .toList();
        }
    }

    /** A CSV value against its Table Schema field: required, type (integer, number, date, string), constraints. */
    static final class SchemaCheck {

        static void value(JsonObject field, String value, String where) {
            String name = field.getString("name");
            JsonObject constraints = field.containsKey("constraints") ? field.getJsonObject("constraints") : null;
            if (value.isEmpty()) {
                assertFalse(
                        constraints != null && constraints.getBoolean("required", false),
                        name + " is required: " + where);
                return;
            }
            switch (field.getString("type")) {
                case "integer" -> Long.parseLong(value);
                case "number" -> Double.parseDouble(value);
                case "date" -> LocalDate.parse(value);
                case "string" -> {
                    if ("uri".equals(field.getString("format", null))) {
                        URI.create(value);
                    }
                }
                default -> throw new AssertionError("an unexpected type for " + name);
            }
            if (constraints != null && constraints.containsKey("enum")) {
                assertTrue(
                        constraints.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                                .anyMatch(s -> s.getString().equals(value)),
                        name + " = " + value + " is not allowed: " + where);
            }
            if (constraints != null && constraints.containsKey("pattern")) {
                assertTrue(value.matches(constraints.getString("pattern")), name + " = " + value + ": " + where);
            }
        }
    }
}
