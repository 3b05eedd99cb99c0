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
        Api.Reply read = api.upload(
                "api/v1/imports/reports?fileName=report.txt",
                pcm,
                Files.readAllBytes(SEEDS.resolve("report-2024.txt")),
                "text/plain");
        assertEquals(200, read.status(), read.body());
        JsonObject draft = read.json().asJsonObject();
        assertEquals(10, draft.getJsonArray("recommendations").size());
        assertEquals(6, draft.getJsonArray("peers").size());
        assertTrue(
                draft.getJsonArray("doubts").stream()
                        .anyMatch(d -> d.asJsonObject().getString("field").equals("on-site dates")),
                "the text has no dates; the manager is asked for them");

        JsonObject created = confirm(draft, "2026-02-02", "2026-02-05", List.of());
        assertEquals("REPORT_DRAFTING", created.getString("status"));
        assertEquals(
                "City Centre masterplan",
                created.getJsonArray("recommendations").getJsonObject(0).getString("title"));
        assertEquals(
                "Eamon Lally",
                created.getJsonArray("team").stream()
                        .map(JsonValue::asJsonObject)
                        .filter(m -> m.getString("role").equals("PEER_CHALLENGE_MANAGER"))
                        .findFirst()
                        .orElseThrow()
                        .getString("name"));
        long id = created.getJsonNumber("id").longValue();
        assertEquals(
                200,
                api.send("POST", "api/v1/challenges/" + id + "/report/issue", pcm, "{\"issuedOn\":\"2026-03-01\"}")
                        .status());

        String editor = Tokens.of("gateshead-editor");
        Api.Reply matched = api.upload(
                "api/v1/imports/responses?fileName=appendix-b.txt&challenge=" + id,
                editor,
                Files.readAllBytes(SEEDS.resolve("appendix-b-2024.txt")),
                "text/plain");
        assertEquals(200, matched.status(), matched.body());
        JsonArray rows = matched.json().asJsonArray();
        assertEquals(
                List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"),
                rows.stream()
                        .map(r -> r.asJsonObject().getString("recommendationNumber"))
                        .toList());
        String confirmed = rows.stream()
                .map(JsonValue::asJsonObject)
                .map(r -> "{\"recommendationId\":"
                        + r.getJsonNumber("recommendationId") + ",\"acceptance\":\"ACCEPTED\",\"narrative\":"
                        + jsonString(r.getString("response")) + ",\"version\":" + r.get("responseVersion") + "}")
                .collect(Collectors.joining(",", "[", "]"));
        Api.Reply saved = api.send("POST", "api/v1/imports/responses/confirmation?challenge=" + id, editor, confirmed);
        assertEquals(201, saved.status(), saved.body());

        // The same table confirmed again on the read it was made from: the responses have been saved since, so
        // nothing is overwritten.
        Api.Reply stale = api.send(
                "POST",
                "api/v1/imports/responses/confirmation?challenge=" + id,
                editor,
                confirmed.replace("\"narrative\":\"", "\"narrative\":\"STALE "));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem(), stale.body());
        assertTrue(
                api.get("api/v1/challenges/" + id + "/responses", editor).body().indexOf("STALE ") < 0,
                "nothing was overwritten");
        JsonObject plan = api.get("api/v1/action-plans/" + id, editor).json().asJsonObject();
        assertTrue(plan.getJsonArray("recommendations").stream()
                .allMatch(r -> r.asJsonObject().containsKey("response")));
        assertTrue(plan.getJsonArray("recommendations")
                .getJsonObject(2)
                .getJsonObject("response")
                .getString("narrative")
                .contains("will be available in September 2024"));
    }

    @Test
    void aConfirmedImportIsOneTransactionSoAFailurePartWayLeavesNothing() throws Exception {
        JsonObject draft = api.upload(
                        "api/v1/imports/reports?fileName=report.txt",
                        pcm,
                        Files.readAllBytes(SEEDS.resolve("report-2024.txt")),
                        "text/plain")
                .json()
                .asJsonObject();
        int before = api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm)
                .json()
                .asJsonArray()
                .size();
        int trailBefore = api.get("api/v1/councils/" + GATESHEAD + "/audit", pcm)
                .json()
                .asJsonArray()
                .size();
        Api.Reply refused = api.send(
                "POST",
                "api/v1/imports/reports/confirmation?council=" + GATESHEAD,
                pcm,
                checked(draft, "2026-04-06", "2026-04-09", List.of("2.3")));
        assertEquals(422, refused.status(), refused.body());
        assertEquals(
                "recommendation-number-taken", refused.json().asJsonObject().getString("rule"));
        assertEquals(
                before,
                api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm)
                        .json()
                        .asJsonArray()
                        .size(),
                "no challenge, no team, no recommendation was kept");
        assertEquals(
                trailBefore,
                api.get("api/v1/councils/" + GATESHEAD + "/audit", pcm)
                        .json()
                        .asJsonArray()
                        .size());
    }

    @Test
    void aFileThatIsNotAReportIsRefusedClearlyAndCouncilsCannotImportReports() throws Exception {
        Api.Reply list = api.upload(
                "api/v1/imports/reports?fileName=shopping.txt",
                pcm,
                "Milk\nBread\nEggs\n".getBytes(StandardCharsets.UTF_8),
                "text/plain");
        assertEquals(422, list.status(), list.body());
        assertTrue(list.isProblem());
        assertTrue(
                list.json()
                        .asJsonObject()
                        .getString("detail")
                        .contains("does not look like an LGA peer challenge" + " feedback report"),
                list.body());
        Api.Reply pdf = api.upload(
                "api/v1/imports/reports?fileName=report.pdf",
                pcm,
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII),
                "application/pdf");
        assertEquals(422, pdf.status(), pdf.body());
        assertTrue(pdf.json().asJsonObject().getString("detail").contains("Word file (.docx) or as text (.txt)"));
        assertEquals(
                403,
                api.upload(
                                "api/v1/imports/reports?fileName=report.txt",
                                Tokens.of("coventry-editor"),
                                Files.readAllBytes(SEEDS.resolve("report-2024.txt")),
                                "text/plain")
                        .status());
    }

    @Test
    void aWordFileOverTheUploadLimitIsRefusedWith413BeforeItIsReadAndNothingIsSaved() throws Exception {
        int before = api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm)
                .json()
                .asJsonArray()
                .size();
        byte[] oversized = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, oversized, 0, 4);
        Api.Reply refused =
                api.upload("api/v1/imports/reports?fileName=report.docx", pcm, oversized, "application/octet-stream");
        assertEquals(413, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.contentType());
        assertEquals("import-too-large", refused.json().asJsonObject().getString("rule"));
        assertTrue(
                refused.json().asJsonObject().getString("detail").startsWith("The file is larger than 5 MB"),
                refused.body());
        assertEquals(
                before,
                api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm)
                        .json()
                        .asJsonArray()
                        .size());

        Api.Reply text = api.upload(
                "api/v1/imports/reports?fileName=report.txt",
                pcm,
                "x".repeat(2 * 1024 * 1024 + 1).getBytes(StandardCharsets.US_ASCII),
                "text/plain");
        assertEquals(413, text.status(), text.body());
        assertEquals("import-text-too-large", text.json().asJsonObject().getString("rule"));
    }

    @Test
    void aSmallWordFileThatUnpacksBeyondTheLimitIsRefusedWith422Unread() throws Exception {
        byte[] bomb = zipBomb(60 * 1024 * 1024);
        assertTrue(bomb.length < 200 * 1024, "the upload itself is small: " + bomb.length);
        long start = System.nanoTime();
        Api.Reply refused =
                api.upload("api/v1/imports/reports?fileName=report.docx", pcm, bomb, "application/octet-stream");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.isProblem());
        assertTrue(
                refused.json()
                        .asJsonObject()
                        .getString("detail")
                        .startsWith("This Word document is larger than 50 MB once unpacked"),
                refused.body());
        assertTrue(System.nanoTime() - start < 15_000_000_000L, "refused without unpacking it all");
    }

    @Test
    void aMegabyteOfTextBuiltToMakeTheParserBacktrackIsAnsweredWithinSeconds() throws Exception {
        String hostile = hostileText(1024 * 1024);
        long id = importedChallenge("2026-06-01", "2026-06-04");
        String editor = Tokens.of("gateshead-editor");
        for (String path : List.of(
                "api/v1/imports/responses?fileName=table.txt&challenge=" + id,
                "api/v1/imports/reports?fileName=report.txt")) {
            long start = System.nanoTime();
            Api.Reply reply = api.upload(
                    path,
                    path.contains("responses") ? editor : pcm,
                    hostile.getBytes(StandardCharsets.UTF_8),
                    "text/plain");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(reply.status() < 500, reply.status() + " " + reply.body());
            assertTrue(millis < 10_000, path + " took " + millis + " ms");
        }
    }

    /** Openings never closed, runs that defeat backtracking, and lines enough to punish per-line look-aheads. */
    private static String hostileText(int size) {
        int part = size / 8;
        return "<a".repeat(part / 2) + "\n" + "[bookmark: ".repeat(part / 11) + "\n" + "1.".repeat(part / 2) + "1\tx\n"
                + "Aa ".repeat(part / 3) + "Council\n" + "<!--".repeat(part / 4) + "\n"
                + "Key recommendations\n1. A sentence.\n" + "x\n".repeat(part / 2) + "2. Another.\n"
                + "1\tFinance\tDone\n" + "\tmore\tmore\n".repeat(part / 11)
                + "was also asked to consider ".repeat(part / 27) + "\n15 - 18 January 2024\n";
    }

    /** A .docx-looking zip whose document part is {@code bytes} of spaces: a few kilobytes that unpack hugely. */
    private static byte[] zipBomb(int bytes) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
            byte[] spaces = " ".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < bytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private long importedChallenge(String start, String end) throws Exception {
        JsonObject draft = api.upload(
                        "api/v1/imports/reports?fileName=report.txt",
                        pcm,
                        Files.readAllBytes(SEEDS.resolve("report-2024.txt")),
                        "text/plain")
                .json()
                .asJsonObject();
        return confirm(draft, start, end, List.of()).getJsonNumber("id").longValue();
    }

    private JsonObject confirm(JsonObject draft, String start, String end, List<String> duplicate) throws Exception {
        Api.Reply reply = api.send(
                "POST",
                "api/v1/imports/reports/confirmation?council=" + GATESHEAD,
                pcm,
                checked(draft, start, end, duplicate));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    /** The draft as a manager confirms it: dates filled in, roles from the draft; optionally a repeated number. */
    private static String checked(JsonObject draft, String start, String end, List<String> duplicate) {
        String team = draft.getJsonArray("peers").stream()
                .map(JsonValue::asJsonObject)
                .map(p -> "{\"name\":"
                        + jsonString(p.getString("name")) + ",\"role\":\"" + p.getString("kind") + "\",\"position\":"
                        + jsonString(p.getString("role")) + ",\"homeOrganisation\":"
                        + jsonString(p.getString("organisation"))
                        + "}")
                .collect(Collectors.joining(","));
        String recs = draft.getJsonArray("recommendations").stream()
                .map(JsonValue::asJsonObject)
                .map(r -> "{\"number\":"
                        + jsonString(duplicate.contains(r.getString("number")) ? "2.1" : r.getString("number"))
                        + ",\"title\":"
                        + jsonString(r.getString("title")) + ",\"text\":" + jsonString(r.getString("text")) + "}")
                .collect(Collectors.joining(","));
        return "{\"schedule\":{\"onSiteStart\":\"" + start + "\",\"onSiteEnd\":\"" + end
                + "\",\"focusAreas\":[\"Transformation\"]},"
                + "\"team\":[" + team + "],\"report\":{\"executiveSummary\":"
                + jsonString(draft.getString("executiveSummary"))
                + "},\"recommendations\":[" + recs + "]}";
    }

    private static String jsonString(String text) {
        return jakarta.json.Json.createValue(text).toString();
    }
}
