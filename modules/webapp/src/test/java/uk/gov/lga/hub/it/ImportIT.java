package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Existing reports and response tables come in through the API: read, checked, then saved in one transaction. */
@ExtendWith(RunningStack.class)
class ImportIT {

    private static final String GATESHEAD = "E08000037";
    private static final Path SEEDS = Path.of("../importer/src/test/resources/seeds");

    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
    }

    @Test
    void aManagerImportsTheCoventryReportChecksItAndTheCouncilImportsItsResponseTable() throws Exception {
        Api.Reply read = api.upload("api/v1/imports/reports?fileName=report.txt", pcm,
                Files.readAllBytes(SEEDS.resolve("report-2024.txt")), "text/plain");
        assertEquals(200, read.status(), read.body());
        JsonObject draft = read.json().asJsonObject();
        assertEquals(10, draft.getJsonArray("recommendations").size());
        assertEquals(6, draft.getJsonArray("peers").size());
        assertTrue(draft.getJsonArray("doubts").stream().anyMatch(d -> d.asJsonObject().getString("field")
                .equals("on-site dates")), "the text has no dates; the manager is asked for them");

        JsonObject created = confirm(draft, "2026-02-02", "2026-02-05", List.of());
        assertEquals("REPORT_DRAFTING", created.getString("status"));
        assertEquals("City Centre masterplan", created.getJsonArray("recommendations").getJsonObject(0).getString("title"));
        assertEquals("Eamon Lally", created.getJsonArray("team").stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getString("role").equals("PEER_CHALLENGE_MANAGER")).findFirst().orElseThrow()
                .getString("name"));
        long id = created.getJsonNumber("id").longValue();
        assertEquals(200, api.send("POST", "api/v1/challenges/" + id + "/report/issue", pcm,
                "{\"issuedOn\":\"2026-03-01\"}").status());

        String editor = Tokens.of("gateshead-editor");
        Api.Reply matched = api.upload("api/v1/imports/responses?fileName=appendix-b.txt&challenge=" + id, editor,
                Files.readAllBytes(SEEDS.resolve("appendix-b-2024.txt")), "text/plain");
        assertEquals(200, matched.status(), matched.body());
        JsonArray rows = matched.json().asJsonArray();
        assertEquals(List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"), rows.stream()
                .map(r -> r.asJsonObject().getString("recommendationNumber")).toList());
        String confirmed = rows.stream().map(JsonValue::asJsonObject).map(r -> "{\"recommendationId\":"
                + r.getJsonNumber("recommendationId") + ",\"acceptance\":\"ACCEPTED\",\"narrative\":"
                + jsonString(r.getString("response")) + "}").collect(Collectors.joining(",", "[", "]"));
        Api.Reply saved = api.send("POST", "api/v1/imports/responses/confirmation?challenge=" + id, editor, confirmed);
        assertEquals(201, saved.status(), saved.body());
        JsonObject plan = api.get("api/v1/action-plans/" + id, editor).json().asJsonObject();
        assertTrue(plan.getJsonArray("recommendations").stream().allMatch(r -> r.asJsonObject().containsKey("response")));
        assertTrue(plan.getJsonArray("recommendations").getJsonObject(2).getJsonObject("response").getString("narrative")
                .contains("will be available in September 2024"));
    }

    @Test
    void aConfirmedImportIsOneTransactionSoAFailurePartWayLeavesNothing() throws Exception {
        JsonObject draft = api.upload("api/v1/imports/reports?fileName=report.txt", pcm,
                Files.readAllBytes(SEEDS.resolve("report-2024.txt")), "text/plain").json().asJsonObject();
        int before = api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm).json().asJsonArray().size();
        int trailBefore = api.get("api/v1/councils/" + GATESHEAD + "/audit", pcm).json().asJsonArray().size();
        Api.Reply refused = api.send("POST", "api/v1/imports/reports/confirmation?council=" + GATESHEAD, pcm,
                checked(draft, "2026-04-06", "2026-04-09", List.of("2.3")));
        assertEquals(422, refused.status(), refused.body());
        assertEquals("recommendation-number-taken", refused.json().asJsonObject().getString("rule"));
        assertEquals(before, api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm).json().asJsonArray().size(),
                "no challenge, no team, no recommendation was kept");
        assertEquals(trailBefore, api.get("api/v1/councils/" + GATESHEAD + "/audit", pcm).json().asJsonArray().size());
    }

    @Test
    void aFileThatIsNotAReportIsRefusedClearlyAndCouncilsCannotImportReports() throws Exception {
        Api.Reply list = api.upload("api/v1/imports/reports?fileName=shopping.txt", pcm,
                "Milk\nBread\nEggs\n".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertEquals(422, list.status(), list.body());
        assertTrue(list.isProblem());
        assertTrue(list.json().asJsonObject().getString("detail").contains("does not look like an LGA peer challenge"
                + " feedback report"), list.body());
        Api.Reply pdf = api.upload("api/v1/imports/reports?fileName=report.pdf", pcm,
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        assertEquals(422, pdf.status(), pdf.body());
        assertTrue(pdf.json().asJsonObject().getString("detail").contains("Word file (.docx) or as text (.txt)"));
        assertEquals(403, api.upload("api/v1/imports/reports?fileName=report.txt", Tokens.of("coventry-editor"),
                Files.readAllBytes(SEEDS.resolve("report-2024.txt")), "text/plain").status());
    }

    private JsonObject confirm(JsonObject draft, String start, String end, List<String> duplicate) throws Exception {
        Api.Reply reply = api.send("POST", "api/v1/imports/reports/confirmation?council=" + GATESHEAD, pcm,
                checked(draft, start, end, duplicate));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    /** The draft as a manager confirms it: dates filled in, roles from the draft; optionally a repeated number. */
    private static String checked(JsonObject draft, String start, String end, List<String> duplicate) {
        String team = draft.getJsonArray("peers").stream().map(JsonValue::asJsonObject).map(p -> "{\"name\":"
                + jsonString(p.getString("name")) + ",\"role\":\"" + p.getString("kind") + "\",\"position\":"
                + jsonString(p.getString("role")) + ",\"homeOrganisation\":" + jsonString(p.getString("organisation"))
                + "}").collect(Collectors.joining(","));
        String recs = draft.getJsonArray("recommendations").stream().map(JsonValue::asJsonObject).map(r -> "{\"number\":"
                + jsonString(duplicate.contains(r.getString("number")) ? "2.1" : r.getString("number")) + ",\"title\":"
                + jsonString(r.getString("title")) + ",\"text\":" + jsonString(r.getString("text")) + "}")
                .collect(Collectors.joining(","));
        return "{\"schedule\":{\"onSiteStart\":\"" + start + "\",\"onSiteEnd\":\"" + end + "\",\"focusAreas\":[\"Transformation\"]},"
                + "\"team\":[" + team + "],\"report\":{\"executiveSummary\":" + jsonString(draft.getString("executiveSummary"))
                + "},\"recommendations\":[" + recs + "]}";
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
