package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A council answers its recommendations and keeps its action plan current, through the API with real tokens:
 * responses, actions with reasoned date changes, updates that only ever grow, evidence with limits and versions,
 * committee meetings, the position statement, submission and the LGA's decision, exports and the audit trail.
 */
@ExtendWith(RunningStack.class)
class CouncilResponsesIT {

    private static final String GATESHEAD = "E08000037";
    private static final String COVENTRY = "E08000026";
    private static final byte[] PDF =
            "%PDF-1.7\n% a small but real-looking PDF header\n".getBytes(StandardCharsets.US_ASCII);

    final URL base = RunningStack.appUrl();

    private Api api;
    private String editor;

    @BeforeEach
    void connect() {
        api = new Api(base);
        editor = Tokens.of("gateshead-editor");
    }

    @Test
    void aCouncilEditorAnswersEveryRecommendationKeepsThePlanCurrentAndSubmitsIt() throws Exception {
        Issued c = issuedChallenge("2025-09-08");
        respond(c.recommendations().get(0), "We accept this and will publish a housing plan.");
        JsonObject action = created(api.send(
                "POST",
                response(c.recommendations().get(0)) + "/actions",
                editor,
                "{\"description\":\"Publish the housing delivery plan\",\"ownerName\":\"Jane Doe\","
                        + "\"ownerRole\":\"Director of Housing\",\"due\":\"2026-03-31\"}"));
        assertEquals("NOT_STARTED", action.getString("status"));
        assertEquals("2026-03-31", action.getString("originalDue"));
        long actionId = id(action);
        String actionPath = response(c.recommendations().get(0)) + "/actions/" + actionId;

        JsonObject moved = okObject(api.put(
                actionPath,
                editor,
                "{\"description\":\"Publish the housing delivery plan\","
                        + "\"ownerName\":\"Jane Doe\",\"ownerRole\":\"Director of Housing\",\"due\":\"2026-05-31\","
                        + "\"reasonForNewDate\":\"Consultation extended by Cabinet\",\"version\":"
                        + action.getJsonNumber("version") + "}"));
        assertEquals("2026-03-31", moved.getString("originalDue"), "the original date stays");
        assertEquals("2026-05-31", moved.getString("due"));
        assertEquals(61, moved.getInt("slippageDays"));
        assertEquals(
                "Consultation extended by Cabinet",
                moved.getJsonArray("dateChanges").getJsonObject(0).getString("reason"));

        JsonObject update = created(api.send(
                "POST",
                actionPath + "/updates",
                editor,
                "{\"writtenOn\":\"2025-12-01\","
                        + "\"narrative\":\"Consultation open.\",\"newStatus\":\"IN_PROGRESS\",\"newRag\":\"AMBER\"}"));
        created(api.send(
                "POST",
                response(c.recommendations().get(0)) + "/evidence/links?action=" + actionId + "&update=" + id(update),
                editor,
                "{\"title\":\"Consultation page\","
                        + "\"url\":\"https://www.gateshead.gov.uk/housing-consultation\"}"));
        JsonObject file = created(api.upload(
                response(c.recommendations().get(0))
                        + "/evidence/files?title=Cabinet%20report&fileName=cabinet-report.pdf",
                editor,
                PDF,
                "application/pdf"));
        assertEquals(
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)), file.getString("sha256"));
        assertEquals("RESPONSE", file.getString("attachedTo"));
        byte[] second = "%PDF-1.7\n% version two\n".getBytes(StandardCharsets.US_ASCII);
        JsonObject v2 = created(api.upload(
                plan(c) + "/evidence/" + id(file) + "/versions/files?fileName=cabinet-report-v2.pdf",
                editor,
                second,
                "application/octet-stream"));
        assertEquals(2, v2.getInt("version"));
        JsonArray versions = ok(api.get(plan(c) + "/evidence/" + id(file) + "/versions", editor))
                .asJsonArray();
        assertEquals(
                List.of(1, 2),
                versions.stream().map(v -> v.asJsonObject().getInt("version")).toList());
        HttpResponse<byte[]> first = api.download(plan(c) + "/evidence/" + id(file) + "/content", editor);
        assertArrayEquals(PDF, first.body(), "the first version stays as it was");
        assertTrue(first.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                "nosniff", first.headers().firstValue("X-Content-Type-Options").orElse(""));

        JsonObject meeting = created(
                api.send(
                        "POST",
                        plan(c) + "/meetings",
                        editor,
                        "{\"committee\":\"Cabinet\","
                                + "\"metOn\":\"2025-11-11\",\"considered\":\"FEEDBACK_REPORT\",\"resolution\":\"Noted the report.\"}"));
        ok(api.put(
                plan(c) + "/meetings/" + id(meeting),
                editor,
                "{\"committee\":\"Cabinet\",\"metOn\":\"2025-11-11\","
                        + "\"considered\":\"ACTION_PLAN\",\"resolution\":\"Approved the action plan.\",\"version\":"
                        + meeting.getJsonNumber("version") + "}"));

        Api.Reply incomplete = api.send("POST", plan(c) + "/submissions", editor, null);
        assertEquals(422, incomplete.status(), incomplete.body());
        assertTrue(incomplete.json().asJsonObject().getString("detail").contains("2"), incomplete.body());
        respond(c.recommendations().get(1), "We accept this recommendation in part.");
        JsonObject submitted = created(api.send("POST", plan(c) + "/submissions", editor, null));
        assertEquals(1, submitted.getJsonObject("summary").getInt("number"));

        String pcm = Tokens.of("pcm");
        Api.Reply noComment =
                api.send("POST", plan(c) + "/submissions/1/decision", pcm, "{\"decision\":\"CHANGES_REQUESTED\"}");
        assertEquals(422, noComment.status(), noComment.body());
        ok(api.send(
                "POST",
                plan(c) + "/submissions/1/decision",
                pcm,
                "{\"decision\":\"CHANGES_REQUESTED\",\"comment\":\"Give 2 an action with a date.\"}"));
        assertEquals(
                "CHANGES_REQUESTED", ok(api.get(plan(c), editor)).asJsonObject().getString("status"));
        Api.Reply unchanged = api.send("POST", plan(c) + "/submissions", editor, null);
        assertEquals(422, unchanged.status(), unchanged.body());
        assertEquals("plan-unchanged", unchanged.json().asJsonObject().getString("rule"), "nothing new to read");

        JsonObject current =
                ok(api.get(response(c.recommendations().get(1)), editor)).asJsonObject();
        ok(api.put(
                response(c.recommendations().get(1)),
                editor,
                "{\"acceptance\":\"ACCEPTED\",\"narrative\":"
                        + "\"Accepted in full after discussion with the LGA.\",\"version\":"
                        + current.getJsonNumber("version") + "}"));
        JsonObject frozen = ok(api.get(plan(c) + "/submissions/1", editor)).asJsonObject();
        assertEquals(
                "We accept this recommendation in part.",
                frozen.getJsonObject("plan")
                        .getJsonArray("recommendations")
                        .getJsonObject(1)
                        .getJsonObject("response")
                        .getString("narrative"),
                "the submitted version stays readable");
        assertEquals(
                2,
                created(api.send("POST", plan(c) + "/submissions", editor, null))
                        .getJsonObject("summary")
                        .getInt("number"));
        ok(api.send("POST", plan(c) + "/submissions/2/decision", pcm, "{\"decision\":\"ACCEPTED\"}"));
        assertEquals(
                "ACCEPTED",
                ok(api.get(plan(c), Tokens.of("adviser-ne"))).asJsonObject().getString("status"));

        JsonObject draft = ok(api.get(plan(c) + "/position-statement", editor)).asJsonObject();
        assertFalse(draft.getBoolean("saved"));
        assertTrue(
                draft.getString("body")
                        .contains("Publish the housing delivery plan (in progress; owner Jane Doe;"
                                + " due 31 May 2026, first due 31 March 2026)"),
                draft.getString("body"));
        assertTrue(draft.getString("body").contains("Latest update, 1 December 2025: Consultation open."));
        JsonObject saved = ok(api.put(
                        plan(c) + "/position-statement",
                        editor,
                        "{\"body\":\"Our position: good progress on housing.\"}"))
                .asJsonObject();
        Api.Reply stale = api.put(
                plan(c) + "/position-statement",
                editor,
                "{\"body\":\"Someone else's text\",\"version\":"
                        + (saved.getJsonNumber("version").longValue() + 7) + "}");
        assertEquals(409, stale.status(), stale.body());
        JsonObject sent = okObject(api.send("POST", plan(c) + "/position-statement/submission", editor, null));
        Api.Reply tooLate = api.put(
                plan(c) + "/position-statement",
                editor,
                "{\"body\":\"Too late\",\"version\":" + sent.getJsonNumber("version") + "}");
        assertEquals(422, tooLate.status(), "a submitted statement no longer changes: " + tooLate.body());
        assertEquals(
                "Our position: good progress on housing.",
                okObject(api.get(plan(c) + "/position-statement", editor)).getString("body"));
    }

    @Test
    void aStaleSaveIsRefusedWith409AndTheCurrentVersionNeverSilentlyOverwritten() throws Exception {
        Issued c = issuedChallenge("2025-10-06");
        respond(c.recommendations().get(0), "First answer.");
        JsonObject action = created(api.send(
                "POST",
                response(c.recommendations().get(0)) + "/actions",
                editor,
                "{\"description\":\"Original words\"}"));
        String path = response(c.recommendations().get(0)) + "/actions/" + id(action);
        long read = action.getJsonNumber("version").longValue();
        ok(api.put(path, editor, "{\"description\":\"First editor's words\",\"version\":" + read + "}"));
        Api.Reply second =
                api.put(path, editor, "{\"description\":\"Second editor's words\",\"version\":" + read + "}");
        assertEquals(409, second.status(), second.body());
        assertTrue(second.isProblem());
        assertEquals(
                "First editor's words",
                second.json().asJsonObject().getJsonObject("current").getString("description"),
                "the reply carries the current version");
        assertEquals("First editor's words", actionIn(c, id(action)).getString("description"));

        JsonObject response =
                ok(api.get(response(c.recommendations().get(0)), editor)).asJsonObject();
        long version = response.getJsonNumber("version").longValue();
        ok(api.put(
                response(c.recommendations().get(0)),
                editor,
                "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"Second answer.\",\"version\":" + version + "}"));
        assertEquals(
                409,
                api.put(
                                response(c.recommendations().get(0)),
                                editor,
                                "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"Lost answer.\",\"version\":" + version
                                        + "}")
                        .status());
    }

    @Test
    void aDueDateChangeWithoutAReasonIsRefusedAndChangesNothing() throws Exception {
        Issued c = issuedChallenge("2025-10-13");
        respond(c.recommendations().get(0), "We accept.");
        JsonObject action = created(api.send(
                "POST",
                response(c.recommendations().get(0)) + "/actions",
                editor,
                "{\"description\":\"Staff survey action plan\",\"due\":\"2026-09-30\"}"));
        Api.Reply refused = api.put(
                response(c.recommendations().get(0)) + "/actions/" + id(action),
                editor,
                "{\"description\":\"Staff survey action plan\",\"due\":\"2026-12-31\",\"version\":"
                        + action.getJsonNumber("version") + "}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals(
                "action-due-date-reason-required", refused.json().asJsonObject().getString("rule"));
        assertTrue(refused.json().asJsonObject().getString("detail").contains("30 September 2026"), refused.body());
        JsonObject unchanged = actionIn(c, id(action));
        assertEquals("2026-09-30", unchanged.getString("due"));
        assertEquals(0, unchanged.getJsonArray("dateChanges").size());
    }

    @Test
    void theUpdateHistoryGrowsAndNeverChanges() throws Exception {
        Issued c = issuedChallenge("2025-10-20");
        respond(c.recommendations().get(0), "We accept.");
        JsonObject action = created(api.send(
                "POST",
                response(c.recommendations().get(0)) + "/actions",
                editor,
                "{\"description\":\"Race equality action plan\"}"));
        String updates = response(c.recommendations().get(0)) + "/actions/" + id(action) + "/updates";
        List<String> seen = new ArrayList<>();
        for (String words : List.of("Drafted with staff networks.", "Consulted the unions.", "Adopted by Cabinet.")) {
            created(api.send("POST", updates, editor, "{\"narrative\":\"" + words + "\"}"));
            seen.add(words);
            JsonArray history =
                    ok(api.get(updates, Tokens.of("gateshead-editor"))).asJsonArray();
            assertEquals(
                    seen,
                    history.stream()
                            .map(u -> u.asJsonObject().getString("narrative"))
                            .toList(),
                    "earlier updates are still there, word for word");
        }
        Api.Reply rewrite = api.put(updates, editor, "{\"narrative\":\"Rewritten history\"}");
        assertTrue(
                rewrite.status() == 405 || rewrite.status() == 404,
                "there is no way to change an update: " + rewrite.status());
        assertEquals(
                422, api.send("POST", updates, editor, "{\"narrative\":\" \"}").status(), "an update needs words");
    }

    @Test
    void aViewerCanReadButEveryWriteIsRefused() throws Exception {
        String viewer = Tokens.of("coventry-viewer");
        long challenge = coventry2024();
        JsonObject plan =
                ok(api.get("api/v1/action-plans/" + challenge, viewer)).asJsonObject();
        JsonObject first = plan.getJsonArray("recommendations").getJsonObject(0);
        String response = "api/v1/recommendations/" + id(first, "recommendationId") + "/response";
        long actionId = id(first.getJsonArray("actions").getJsonObject(0));
        List<Api.Reply> writes = List.of(
                api.put(response, viewer, "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"x\",\"version\":0}"),
                api.send("POST", response + "/actions", viewer, "{\"description\":\"x\"}"),
                api.put(response + "/actions/" + actionId, viewer, "{\"description\":\"x\",\"version\":0}"),
                api.send("POST", response + "/actions/" + actionId + "/updates", viewer, "{\"narrative\":\"x\"}"),
                api.send(
                        "POST",
                        response + "/evidence/links",
                        viewer,
                        "{\"title\":\"x\",\"url\":\"https://x.example\"}"),
                api.upload(response + "/evidence/files?title=x&fileName=x.pdf", viewer, PDF, "application/pdf"),
                api.send(
                        "POST",
                        "api/v1/action-plans/" + challenge + "/meetings",
                        viewer,
                        "{\"committee\":\"x\",\"metOn\":\"2024-06-10\",\"considered\":\"FEEDBACK_REPORT\"}"),
                api.send("POST", "api/v1/action-plans/" + challenge + "/submissions", viewer, null),
                api.put("api/v1/action-plans/" + challenge + "/position-statement", viewer, "{\"body\":\"x\"}"));
        for (Api.Reply write : writes) {
            assertEquals(403, write.status(), write.body());
            assertTrue(write.isProblem(), write.body());
        }
        assertEquals(
                plan, ok(api.get("api/v1/action-plans/" + challenge, viewer)).asJsonObject(), "nothing changed");
    }

    @Test
    void anUploadOverTheLimitOrOfARefusedTypeIsRejectedClearlyAndNothingIsStored() throws Exception {
        Issued c = issuedChallenge("2025-10-27");
        respond(c.recommendations().get(0), "We accept.");
        String files = response(c.recommendations().get(0)) + "/evidence/files?title=Evidence&fileName=";
        int trailBefore = trail().size();

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        Api.Reply tooLarge = api.upload(files + "huge.pdf", editor, huge, "application/pdf");
        assertEquals(413, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.isProblem());
        assertTrue(tooLarge.json().asJsonObject().getString("detail").contains("larger than 10 MB"), tooLarge.body());

        Api.Reply program =
                api.upload(files + "setup.exe", editor, new byte[] {'M', 'Z', 1, 2}, "application/octet-stream");
        assertEquals(422, program.status(), program.body());
        assertEquals("evidence-type-refused", program.json().asJsonObject().getString("rule"));
        Api.Reply disguised = api.upload(
                files + "minutes.pdf",
                editor,
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "application/pdf");
        assertEquals(422, disguised.status(), disguised.body());
        assertEquals(
                "evidence-content-mismatch", disguised.json().asJsonObject().getString("rule"));

        assertEquals(
                0,
                ok(api.get(plan(c), editor))
                        .asJsonObject()
                        .getJsonArray("recommendations")
                        .getJsonObject(0)
                        .getJsonArray("evidence")
                        .size(),
                "no evidence recorded");
        assertEquals(trailBefore, trail().size(), "no audit entry for what was refused");
        try (var owner = OwnerDatabase.connect()) {
            assertEquals(
                    List.of(0L),
                    OwnerDatabase.longs(
                            owner,
                            "select count(*) from evidence e join evidence_file f"
                                    + " on f.evidence_id = e.id where e.challenge_id = " + c.id()),
                    "no file stored");
        }
    }

    @Test
    void eachKindOfChangeLeavesExactlyOneAuditEntryWithBeforeAndAfter() throws Exception {
        Issued c = issuedChallenge("2025-11-03");
        String rec = response(c.recommendations().get(0));
        String pcm = Tokens.of("pcm");
        List<JsonObject> entries = new ArrayList<>();
        entries.add(
                audited("response.created", () -> respond(c.recommendations().get(0), "We accept.")));
        entries.add(audited(
                "response.revised",
                () -> ok(api.put(
                        rec,
                        editor,
                        "{\"acceptance\":\"PARTIALLY_ACCEPTED\","
                                + "\"narrative\":\"In part.\",\"version\":"
                                + ok(api.get(rec, editor)).asJsonObject().getJsonNumber("version") + "}"))));
        JsonObject[] action = new JsonObject[1];
        entries.add(audited(
                "action.added",
                () -> action[0] = created(api.send(
                        "POST", rec + "/actions", editor, "{\"description\":\"Do it\",\"due\":\"2026-01-31\"}"))));
        String path = rec + "/actions/" + id(action[0]);
        entries.add(audited(
                "action.revised",
                () -> ok(api.put(
                        path,
                        editor,
                        "{\"description\":\"Do it well\","
                                + "\"due\":\"2026-02-28\",\"reasonForNewDate\":\"Later start\",\"version\":"
                                + action[0].getJsonNumber("version") + "}"))));
        entries.add(audited(
                "action.update-added",
                () -> created(api.send(
                        "POST",
                        path + "/updates",
                        editor,
                        "{\"narrative\":\"Started.\",\"newStatus\":\"IN_PROGRESS\"}"))));
        JsonObject[] link = new JsonObject[1];
        entries.add(audited(
                "evidence.added",
                () -> link[0] = created(api.send(
                        "POST",
                        rec + "/evidence/links",
                        editor,
                        "{\"title\":\"Plan\",\"url\":\"https://www.gateshead.gov.uk/plan\"}"))));
        entries.add(audited(
                "evidence.new-version",
                () -> created(api.send(
                        "POST",
                        plan(c) + "/evidence/" + id(link[0]) + "/versions/links",
                        editor,
                        "{\"url\":\"https://www.gateshead.gov.uk/plan-v2\"}"))));
        JsonObject[] meeting = new JsonObject[1];
        entries.add(audited(
                "meeting.added",
                () -> meeting[0] = created(api.send(
                        "POST",
                        plan(c) + "/meetings",
                        editor,
                        "{\"committee\":\"Cabinet\",\"metOn\":\"2026-01-13\",\"considered\":\"ACTION_PLAN\"}"))));
        entries.add(audited(
                "meeting.revised",
                () -> ok(api.put(
                        plan(c) + "/meetings/" + id(meeting[0]),
                        editor,
                        "{\"committee\":\"Council\",\"metOn\":\"2026-01-22\",\"considered\":\"ACTION_PLAN\",\"version\":"
                                + meeting[0].getJsonNumber("version") + "}"))));
        entries.add(audited(
                "meeting.removed",
                () -> assertEquals(
                        204,
                        api.delete(plan(c) + "/meetings/" + id(meeting[0]), editor)
                                .status())));
        entries.add(audited(
                "position-statement.saved",
                () -> ok(api.put(plan(c) + "/position-statement", editor, "{\"body\":\"Our position.\"}"))));
        entries.add(audited(
                "position-statement.submitted",
                () -> ok(api.send("POST", plan(c) + "/position-statement/submission", editor, null))));
        respond(c.recommendations().get(1), "We accept this too.");
        entries.add(audited(
                "action-plan.submitted", () -> created(api.send("POST", plan(c) + "/submissions", editor, null))));
        entries.add(audited(
                "action-plan.decided",
                () -> ok(api.send("POST", plan(c) + "/submissions/1/decision", pcm, "{\"decision\":\"ACCEPTED\"}"))));

        for (JsonObject entry : entries) {
            String action0 = entry.getString("action");
            assertFalse(absent(entry, "after") && !action0.endsWith(".removed"), action0 + " records the after state");
            boolean creation = action0.endsWith(".created")
                    || action0.endsWith(".added")
                    || (action0.equals("position-statement.saved") && absent(entry, "before"));
            assertTrue(creation || !absent(entry, "before"), action0 + " records the before state: " + entry);
            assertFalse(entry.getString("actor").isBlank());
            assertNotNull(entry.getString("occurredAt"));
        }
        assertEquals("gateshead-editor", entries.get(0).getString("actor"));
        assertEquals("pcm", entries.get(entries.size() - 1).getString("actor"), "the LGA's decision is the manager's");
        assertTrue(
                entries.get(3).getString("before").contains("2026-01-31")
                        && entries.get(3).getString("after").contains("2026-02-28"),
                entries.get(3).toString());
    }

    @Test
    void theExportsHoldEveryActionWithItsStatusAsTheApiShowsIt() throws Exception {
        long challenge = coventry2024();
        String viewer = Tokens.of("coventry-viewer");
        JsonObject plan =
                ok(api.get("api/v1/action-plans/" + challenge, viewer)).asJsonObject();
        List<String> expected = new ArrayList<>();
        for (JsonValue entry : plan.getJsonArray("recommendations")) {
            for (JsonValue a : entry.asJsonObject().getJsonArray("actions")) {
                expected.add(entry.asJsonObject().getString("number") + "|"
                        + a.asJsonObject().getString("description") + "|"
                        + words(a.asJsonObject().getString("status")));
            }
        }
        assertTrue(expected.size() >= 10, "Coventry's plan has its actions: " + expected.size());

        HttpResponse<byte[]> xlsx = api.download("api/v1/action-plans/" + challenge + "/export.xlsx", viewer);
        assertEquals(200, xlsx.statusCode());
        List<String> inWorkbook = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            assertEquals("Action", text.formatCellValue(sheet.getRow(0).getCell(4)));
            assertEquals("Status", text.formatCellValue(sheet.getRow(0).getCell(10)));
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && !text.formatCellValue(row.getCell(4)).isEmpty()) {
                    inWorkbook.add(text.formatCellValue(row.getCell(0)) + "|" + text.formatCellValue(row.getCell(4))
                            + "|" + text.formatCellValue(row.getCell(10)));
                }
            }
        }
        assertEquals(expected, inWorkbook);

        HttpResponse<byte[]> csv = api.download("api/v1/action-plans/" + challenge + "/export.csv", viewer);
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String body = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> inCsv = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))) {
            if (!record.get("Action").isEmpty()) {
                inCsv.add(record.get("Recommendation") + "|" + record.get("Action") + "|" + record.get("Status"));
            }
        }
        assertEquals(expected, inCsv);
    }

    @Test
    void theDemoDataHoldsCoventrysMay2024ResponsesAndTheMeetingsTheSeedsName() throws Exception {
        long challenge = coventry2024();
        String viewer = Tokens.of("coventry-viewer");
        JsonObject plan =
                ok(api.get("api/v1/action-plans/" + challenge, viewer)).asJsonObject();
        JsonArray recommendations = plan.getJsonArray("recommendations");
        assertEquals(10, recommendations.size());
        assertTrue(recommendations.stream().noneMatch(r -> absent(r.asJsonObject(), "response")), "all 10 answered");
        List<String> dated = new ArrayList<>();
        for (JsonValue r : recommendations) {
            for (JsonValue a : r.asJsonObject().getJsonArray("actions")) {
                if (!absent(a.asJsonObject(), "due")) {
                    dated.add(a.asJsonObject().getString("description") + " @ "
                            + a.asJsonObject().getString("due"));
                }
            }
        }
        assertTrue(
                dated.stream().anyMatch(d -> d.contains("Vision 2050") && d.endsWith("2024-07-31")), dated.toString());
        assertTrue(
                dated.stream().anyMatch(d -> d.toLowerCase().contains("survey") && d.endsWith("2024-09-30")),
                dated.toString());
        assertTrue(
                dated.stream().anyMatch(d -> d.toLowerCase().contains("race equality") && d.endsWith("2024-12-31")),
                dated.toString());
        List<String> meetings =
                ok(api.get("api/v1/action-plans/" + challenge + "/meetings", viewer)).asJsonArray().stream()
                        .map(m -> m.asJsonObject().getString("metOn"))
                        .toList();
        assertTrue(
                meetings.containsAll(List.of("2024-06-10", "2024-06-11", "2025-03-06", "2025-03-25")),
                meetings.toString());
    }

    // --- helpers ---

    record Issued(long id, List<Long> recommendations) {}

    /** A Gateshead challenge with two recommendations and its report issued, run by the manager. */
    private Issued issuedChallenge(String onSiteStart) throws Exception {
        String pcm = Tokens.of("pcm");
        java.time.LocalDate start = java.time.LocalDate.parse(onSiteStart);
        long id = id(created(api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"" + start + "\",\"onSiteEnd\":\"" + start.plusDays(3) + "\",\"confirmed\":true}")));
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            ok(api.send("POST", "api/v1/challenges/" + id + "/moves", pcm, "{\"to\":\"" + to + "\"}"));
        }
        ok(api.send(
                "PUT",
                "api/v1/challenges/" + id + "/report",
                pcm,
                "{\"executiveSummary\":\"Gateshead knows its priorities.\"}"));
        ok(api.send(
                "POST",
                "api/v1/challenges/" + id + "/recommendations",
                pcm,
                "{\"number\":\"1\",\"title\":\"Housing\",\"text\":\"Agree a housing delivery plan.\"}"));
        JsonObject drafted = ok(api.send(
                        "POST",
                        "api/v1/challenges/" + id + "/recommendations",
                        pcm,
                        "{\"number\":\"2\",\"title\":\"Members\",\"text\":\"Review member development.\"}"))
                .asJsonObject();
        ok(api.send(
                "POST",
                "api/v1/challenges/" + id + "/report/issue",
                pcm,
                "{\"issuedOn\":\"" + start.plusDays(30) + "\"}"));
        return new Issued(
                id,
                drafted.getJsonArray("recommendations").stream()
                        .map(r -> id(r.asJsonObject()))
                        .toList());
    }

    private JsonObject respond(long recommendationId, String narrative) throws Exception {
        return ok(api.put(
                        response(recommendationId),
                        editor,
                        "{\"acceptance\":\"ACCEPTED\",\"narrative\":\"" + narrative + "\"}"))
                .asJsonObject();
    }

    private JsonObject actionIn(Issued c, long actionId) throws Exception {
        return ok(api.get(plan(c), editor)).asJsonObject().getJsonArray("recommendations").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("actions").stream())
                .map(JsonValue::asJsonObject)
                .filter(a -> id(a) == actionId)
                .findFirst()
                .orElseThrow();
    }

    interface Step {
        void run() throws Exception;
    }

    /** Runs one change and returns the single audit entry it added, checking its action. */
    private JsonObject audited(String action, Step step) throws Exception {
        List<JsonObject> before = trail();
        step.run();
        List<JsonObject> after = trail();
        assertEquals(before.size() + 1, after.size(), action + " adds exactly one audit entry");
        // The new entry, wherever it sorts: a suite that moved the dev clock may have left later-dated entries.
        JsonObject entry =
                after.stream().filter(e -> !before.contains(e)).findFirst().orElseThrow();
        assertEquals(action, entry.getString("action"));
        return entry;
    }

    private List<JsonObject> trail() throws Exception {
        return ok(api.get("api/v1/councils/" + GATESHEAD + "/audit", editor)).asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private long coventry2024() throws Exception {
        return id(ok(api.get("api/v1/councils/" + COVENTRY + "/challenges", Tokens.of("pcm")))
                .asJsonArray()
                .getJsonObject(0));
    }

    private static String response(long recommendationId) {
        return "api/v1/recommendations/" + recommendationId + "/response";
    }

    private static String plan(Issued c) {
        return "api/v1/action-plans/" + c.id();
    }

    private static String words(String constant) {
        String w = constant.replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static long id(JsonObject object) {
        return id(object, "id");
    }

    private static long id(JsonObject object, String field) {
        return object.getJsonNumber(field).longValue();
    }

    private static boolean absent(JsonObject object, String field) {
        return !object.containsKey(field) || object.isNull(field);
    }

    private static JsonObject okObject(Api.Reply reply) {
        return ok(reply).asJsonObject();
    }

    private static JsonValue ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }
}
