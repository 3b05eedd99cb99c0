package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A peer challenge manager runs a Corporate Peer Challenge through the API, with the LGA's rules enforced. */
@ExtendWith(RunningStack.class)
class ChallengeLifecycleIT {

    private static final String GATESHEAD = "E08000037";

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    private Api api;
    private String pcm;

    @BeforeEach
    void connect() {
        api = new Api(base);
        pcm = Tokens.of("pcm");
    }

    @Test
    void aManagerRunsANewChallengeFromProposalToItsPublishedProgressReview() throws Exception {
        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2025-03-03\",\"onSiteEnd\":\"2025-03-07\",\"focusAreas\":[\"Housing delivery\"],\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        JsonObject challenge = proposed.json().asJsonObject();
        long id = challenge.getJsonNumber("id").longValue();
        assertEquals("PROPOSED", challenge.getString("status"));
        assertEquals("2025-02-17", challenge.getString("positionStatementDue"), "two weeks before the visit");
        assertEquals(0, challenge.getJsonArray("schedulingWarnings").size(), "five days on site is within two to five");
        assertEquals(6, challenge.getJsonArray("scope").size(), "the five core themes and the focus area");

        step(
                id,
                "POST",
                "team",
                "{\"name\":\"Pam Smith\",\"role\":\"LEAD_PEER\",\"position\":\"CEX\","
                        + "\"homeOrganisation\":\"Sheffield City Council\"}");
        step(
                id,
                "POST",
                "team",
                "{\"name\":\"Cllr Ann Example\",\"role\":\"MEMBER_PEER\",\"position\":\"Leader\","
                        + "\"homeOrganisation\":\"Example Borough Council\",\"politicalGroup\":\"Independent\"}");
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            assertEquals(
                    to, step(id, "POST", "moves", "{\"to\":\"" + to + "\"}").getString("status"));
        }
        step(
                id,
                "PUT",
                "report",
                "{\"executiveSummary\":\"Gateshead is a council with a plan.\","
                        + "\"themeFeedback\":{\"governance-and-culture\":\"Governance is taken seriously.\"}}");
        JsonObject drafted = step(
                id,
                "POST",
                "recommendations",
                "{\"number\":\"1\",\"title\":\"Housing\","
                        + "\"text\":\"Draft text.\",\"themes\":[\"housing-delivery\"]}");
        long recommendation = drafted.getJsonArray("recommendations")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        step(
                id,
                "PUT",
                "recommendations/" + recommendation,
                "{\"number\":\"1\",\"title\":\"Housing delivery\","
                        + "\"text\":\"Agree a housing delivery plan with partners.\",\"themes\":[\"housing-delivery\"]}");
        step(
                id,
                "POST",
                "recommendations",
                "{\"number\":\"2\",\"title\":\"Member development\","
                        + "\"text\":\"Review the member development offer.\",\"themes\":[\"governance-and-culture\"]}");

        JsonObject reread = reread(id);
        assertEquals(
                "Governance is taken seriously.",
                reread.getJsonObject("report").getJsonObject("themeFeedback").getString("governance-and-culture"),
                "the report's parts are saved, not only answered");
        assertEquals(
                "Gateshead is a council with a plan.",
                reread.getJsonObject("report").getString("executiveSummary"));

        JsonObject issued = step(id, "POST", "report/issue", "{\"issuedOn\":\"2025-04-01\"}");
        assertEquals("REPORT_ISSUED", issued.getString("status"));
        assertEquals(
                "2026-01-07",
                issued.getJsonObject("progressReview").getString("plannedDate"),
                "proposed ten months after the last on-site day");
        assertEquals("2026-03-07", issued.getJsonObject("progressReview").getString("latestDate"));

        Api.Reply refused = api.send("POST", "api/v1/challenges/" + id + "/moves", pcm, "{\"to\":\"CLOSED\"}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.isProblem(), refused.body());
        assertEquals("REPORT_ISSUED", refused.json().asJsonObject().getString("currentStatus"));
        assertEquals(List.of("PUBLISHED"), strings(refused.json().asJsonObject().getJsonArray("allowedMoves")));
        Api.Reply frozen = api.send(
                "POST",
                "api/v1/challenges/" + id + "/recommendations",
                pcm,
                "{\"number\":\"3\",\"title\":\"Late\",\"text\":\"Too late.\"}");
        assertEquals(422, frozen.status(), frozen.body());

        JsonObject published = step(
                id,
                "POST",
                "publications",
                "{\"kind\":\"FEEDBACK_REPORT\","
                        + "\"publishedOn\":\"2025-05-20\",\"url\":\"https://www.gateshead.gov.uk/peer-challenge\"}");
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals("MET", deadline(published, "FEEDBACK_REPORT").getString("status"));

        Api.Reply tooLate = api.send(
                "PUT", "api/v1/challenges/" + id + "/progress-review", pcm, "{\"plannedDate\":\"2026-03-09\"}");
        assertEquals(422, tooLate.status(), tooLate.body());
        assertTrue(tooLate.json().asJsonObject().getString("detail").contains("within twelve months"), tooLate.body());
        assertEquals(
                "PROGRESS_REVIEW_SCHEDULED",
                step(id, "PUT", "progress-review", "{\"plannedDate\":\"2026-01-12\"}")
                        .getString("status"));

        JsonObject held = step(
                id,
                "POST",
                "progress-review/record",
                "{\"heldOn\":\"2026-01-13\","
                        + "\"attendees\":[\"Pam Smith\",\"Cllr Ann Example\"],\"summary\":\"Good progress.\","
                        + "\"ratings\":[{\"recommendationId\":" + recommendation
                        + ",\"rag\":\"AMBER\",\"comment\":\"Under way.\"}]}");
        assertEquals("PROGRESS_REVIEW_HELD", held.getString("status"));
        JsonObject review = reread(id).getJsonObject("progressReview");
        assertEquals(
                List.of("Pam Smith", "Cllr Ann Example"),
                strings(review.getJsonArray("attendees")),
                "the review's outcome is saved in order");
        assertEquals("Good progress.", review.getString("summary"));
        assertEquals(
                "AMBER",
                held.getJsonObject("progressReview")
                        .getJsonArray("ratings")
                        .getJsonObject(0)
                        .getString("rag"));

        JsonObject reported = step(
                id,
                "POST",
                "publications",
                "{\"kind\":\"PROGRESS_REVIEW_REPORT\","
                        + "\"publishedOn\":\"2026-02-10\",\"url\":\"https://www.gateshead.gov.uk/progress-review\"}");
        assertEquals("PROGRESS_REVIEW_PUBLISHED", reported.getString("status"));
        assertEquals("CLOSED", step(id, "POST", "moves", "{\"to\":\"CLOSED\"}").getString("status"));

        List<JsonObject> trail = trailOf(id);
        Map<String, Long> entries = trail.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        e -> e.getString("action"), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        assertEquals(
                new java.util.TreeMap<>(Map.ofEntries(
                        Map.entry("challenge.proposed", 1L),
                        Map.entry("challenge.team-member-added", 2L),
                        Map.entry("challenge.moved", 4L),
                        Map.entry("challenge.report-written", 1L),
                        Map.entry("challenge.recommendation-added", 2L),
                        Map.entry("challenge.recommendation-revised", 1L),
                        Map.entry("challenge.report-issued", 1L),
                        Map.entry("challenge.publication-recorded", 2L),
                        Map.entry("challenge.progress-review-scheduled", 1L),
                        Map.entry("challenge.progress-review-recorded", 1L))),
                entries,
                "one entry per step taken, none for the refused ones");
        assertTrue(trail.stream().allMatch(e -> e.getString("actor").equals("pcm")), "every step is the manager's");
        JsonObject revised = trail.stream()
                .filter(e -> e.getString("action").equals("challenge.recommendation-revised"))
                .findFirst()
                .orElseThrow();
        assertTrue(revised.getString("before").contains("1 Housing: Draft text."), revised.toString());
        assertTrue(
                revised.getString("after").contains("1 Housing delivery: Agree a housing delivery plan"),
                revised.toString());
    }

    /** The council's audit trail, as its own editor reads it, narrowed to one challenge. */
    private List<JsonObject> trailOf(long challengeId) throws Exception {
        Api.Reply trail = api.get("api/v1/councils/" + GATESHEAD + "/audit", Tokens.of("gateshead-editor"));
        assertEquals(200, trail.status(), trail.body());
        return trail.json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(e -> e.getString("subject").startsWith("peer challenge " + challengeId + " "))
                .toList();
    }

    @Test
    void unusualDatesAreRefusedUntilTheManagerConfirmsThemAndNothingIsCreatedBefore() throws Exception {
        int before = api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm)
                .json()
                .asJsonArray()
                .size();
        Api.Reply asked = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2025-03-03\",\"onSiteEnd\":\"2025-03-10\"}");
        assertEquals(422, asked.status(), asked.body());
        JsonObject problem = asked.json().asJsonObject();
        assertEquals("unusual-dates-unconfirmed", problem.getString("rule"));
        assertTrue(
                problem.getString("detail").contains("in the past")
                        && problem.getString("detail").contains("8 days"),
                "says every reason: " + problem.getString("detail"));
        assertEquals(
                before,
                api.get("api/v1/councils/" + GATESHEAD + "/challenges", pcm)
                        .json()
                        .asJsonArray()
                        .size(),
                "nothing created");

        Api.Reply proposed = api.send(
                "POST",
                "api/v1/councils/" + GATESHEAD + "/challenges",
                pcm,
                "{\"onSiteStart\":\"2025-03-03\",\"onSiteEnd\":\"2025-03-06\",\"confirmed\":true}");
        assertEquals(201, proposed.status(), proposed.body());
        long id = proposed.json().asJsonObject().getJsonNumber("id").longValue();
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            step(id, "POST", "moves", "{\"to\":\"" + to + "\"}");
        }
        step(id, "PUT", "report", "{\"executiveSummary\":\"Gateshead has a plan.\"}");
        step(id, "POST", "recommendations", "{\"number\":\"1\",\"title\":\"Plan\",\"text\":\"Keep to it.\"}");
        step(id, "POST", "report/issue", "{\"issuedOn\":\"2025-04-01\"}");
        Api.Reply tooSoon = api.send(
                "PUT", "api/v1/challenges/" + id + "/progress-review", pcm, "{\"plannedDate\":\"2025-05-01\"}");
        assertEquals(422, tooSoon.status(), tooSoon.body());
        assertTrue(tooSoon.body().contains("less than six months after the visit"), tooSoon.body());
        Api.Reply sure = api.send(
                "PUT",
                "api/v1/challenges/" + id + "/progress-review",
                pcm,
                "{\"plannedDate\":\"2025-05-01\",\"confirmed\":true}");
        assertEquals(200, sure.status(), sure.body());
    }

    @Test
    void councilUsersAndAdvisersCannotTakeAnyOfTheManagersSteps() throws Exception {
        long coventry2024 = coventry2024();
        Map<String, String> steps = Map.of(
                "PUT schedule", "{\"onSiteStart\":\"2025-03-03\",\"onSiteEnd\":\"2025-03-06\",\"confirmed\":true}",
                "POST moves", "{\"to\":\"CLOSED\"}",
                "POST team", "{\"name\":\"X\",\"role\":\"OFFICER_PEER\",\"homeOrganisation\":\"Y\"}",
                "PUT report", "{\"executiveSummary\":\"x\"}",
                "POST recommendations", "{\"number\":\"9\",\"title\":\"x\",\"text\":\"x\"}",
                "POST report/issue", "{\"issuedOn\":\"2025-04-01\"}",
                "POST publications",
                        "{\"kind\":\"ACTION_PLAN\",\"publishedOn\":\"2025-05-01\",\"url\":\"https://x.example\"}",
                "PUT progress-review", "{\"plannedDate\":\"2024-11-20\"}",
                "POST progress-review/record", "{\"heldOn\":\"2024-11-20\",\"attendees\":[\"x\"]}");
        for (String user : List.of("coventry-editor", "coventry-viewer", "gateshead-editor", "adviser-wm")) {
            String token = Tokens.of(user);
            Api.Reply propose = api.send(
                    "POST",
                    "api/v1/councils/E08000026/challenges",
                    token,
                    "{\"onSiteStart\":\"2027-03-01\",\"onSiteEnd\":\"2027-03-04\"}");
            assertEquals(403, propose.status(), user + " proposing: " + propose.body());
            for (var step : steps.entrySet()) {
                String[] verbAndPath = step.getKey().split(" ");
                Api.Reply reply = api.send(
                        verbAndPath[0],
                        "api/v1/challenges/" + coventry2024 + "/" + verbAndPath[1],
                        token,
                        step.getValue());
                assertEquals(403, reply.status(), user + " " + step.getKey() + ": " + reply.body());
                assertTrue(reply.isProblem(), reply.body());
            }
        }
        assertEquals(
                "PROGRESS_REVIEW_PUBLISHED",
                api.get("api/v1/challenges/" + coventry2024, pcm)
                        .json()
                        .asJsonObject()
                        .getString("status"),
                "nothing changed");
    }

    @Test
    void thePublicListShowsPublishedReportsOnly() throws Exception {
        long id = api.send(
                        "POST",
                        "api/v1/councils/" + GATESHEAD + "/challenges",
                        pcm,
                        "{\"onSiteStart\":\"2025-06-02\",\"onSiteEnd\":\"2025-06-05\",\"confirmed\":true}")
                .json()
                .asJsonObject()
                .getJsonNumber("id")
                .longValue();
        for (String to : List.of("SCHEDULED", "ON_SITE", "REPORT_DRAFTING")) {
            step(id, "POST", "moves", "{\"to\":\"" + to + "\"}");
        }
        step(id, "PUT", "report", "{\"executiveSummary\":\"UNPUBLISHED-SUMMARY-MARKER\"}");
        step(
                id,
                "POST",
                "recommendations",
                "{\"number\":\"1\",\"title\":\"Unpublished\",\"text\":\"Not yet public.\"}");
        step(id, "POST", "report/issue", "{\"issuedOn\":\"2025-07-01\"}");

        Api.Reply before = api.get("api/v1/public/reports", null);
        assertEquals(200, before.status(), before.body());
        assertFalse(before.body().contains("UNPUBLISHED-SUMMARY-MARKER"));
        assertTrue(
                before.json().asJsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(r -> r.getString("councilCode").equals("E08000026")
                                && r.getString("kind").equals("FEEDBACK_REPORT")),
                "Coventry's 2024 report is public");
        int listed = before.json().asJsonArray().size();
        for (JsonValue listing : before.json().asJsonArray()) {
            String report = api.get(
                            "api/v1/public/reports/" + listing.asJsonObject().getJsonNumber("id"), null)
                    .body();
            assertFalse(report.contains("UNPUBLISHED-SUMMARY-MARKER"), report);
        }

        step(
                id,
                "POST",
                "publications",
                "{\"kind\":\"FEEDBACK_REPORT\",\"publishedOn\":\"2025-08-01\","
                        + "\"url\":\"https://www.gateshead.gov.uk/report\"}");
        JsonArray after = api.get("api/v1/public/reports", null).json().asJsonArray();
        assertEquals(listed + 1, after.size());
        JsonObject newest = after.stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("publicUrl").equals("https://www.gateshead.gov.uk/report"))
                .findFirst()
                .orElseThrow();
        JsonObject report = api.get("api/v1/public/reports/" + newest.getJsonNumber("id"), null)
                .json()
                .asJsonObject();
        assertEquals(
                "UNPUBLISHED-SUMMARY-MARKER", report.getJsonObject("content").getString("executiveSummary"));
        assertEquals(404, api.get("api/v1/public/reports/999999", null).status());
    }

    @Test
    void theDemoDataShowsCoventrysChallengesAsTheSeedsRecordThem() throws Exception {
        JsonObject latest =
                api.get("api/v1/challenges/" + coventry2024(), pcm).json().asJsonObject();
        assertEquals("PROGRESS_REVIEW_PUBLISHED", latest.getString("status"));
        assertEquals(
                List.of("ACTION_PLAN", "FEEDBACK_REPORT", "PROGRESS_REVIEW_REPORT"),
                latest.getJsonArray("publications").stream()
                        .map(p -> p.asJsonObject().getString("kind"))
                        .sorted()
                        .toList());
        assertEquals(
                "2024-11-18",
                latest.getJsonObject("progressReview").getString("heldDate"),
                "held about ten months after the January 2024 visit");
        assertTrue(latest.getJsonObject("report")
                .getString("executiveSummary")
                .startsWith("Coventry is an ambitious place that is on the up"));
        assertEquals("2029-01-18", latest.getString("nextChallengeDue"));

        JsonArray challenges =
                api.get("api/v1/councils/E08000026/challenges", pcm).json().asJsonArray();
        assertEquals("CLOSED", challenges.getJsonObject(1).getString("status"), "the 2018 challenge");

        JsonArray due = api.get("api/v1/cycle?due=true", pcm).json().asJsonArray();
        assertTrue(
                due.stream()
                        .map(JsonValue::asJsonObject)
                        .noneMatch(c ->
                                c.getJsonObject("council").getString("code").equals("E08000026")),
                "Coventry is not due until 2029");
        JsonObject coventry = api.get("api/v1/cycle", Tokens.of("adviser-ne")).json().asJsonArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(c -> c.getJsonObject("council").getString("code").equals("E08000026"))
                .findFirst()
                .orElseThrow();
        assertEquals("2029-01-18", coventry.getString("nextDue"));
        assertEquals("NOT_DUE", coventry.getString("standing"));
    }

    @Test
    void aPeerOnTheTeamReadsThatChallengeAndNoOther() throws Exception {
        Tokens.createUserWithRealmRole("pat.peer", "Correct-Horse-42", "peer");
        long id = api.send(
                        "POST",
                        "api/v1/councils/" + GATESHEAD + "/challenges",
                        pcm,
                        "{\"onSiteStart\":\"2025-09-01\",\"onSiteEnd\":\"2025-09-04\",\"confirmed\":true}")
                .json()
                .asJsonObject()
                .getJsonNumber("id")
                .longValue();
        String peer = Tokens.of("pat.peer", "Correct-Horse-42");
        assertEquals(404, api.get("api/v1/challenges/" + id, peer).status(), "not on the team yet");

        step(
                id,
                "POST",
                "team",
                "{\"name\":\"Pat Peer\",\"role\":\"OFFICER_PEER\","
                        + "\"homeOrganisation\":\"Somewhere Council\",\"username\":\"pat.peer\"}");
        Api.Reply own = api.get("api/v1/challenges/" + id, peer);
        assertEquals(200, own.status(), own.body());
        assertEquals(404, api.get("api/v1/challenges/" + coventry2024(), peer).status(), "another challenge");
        assertEquals(
                404,
                api.get("api/v1/councils/" + GATESHEAD + "/challenges", peer).status(),
                "the council's other records");
        assertEquals(
                403,
                api.send("POST", "api/v1/challenges/" + id + "/moves", peer, "{\"to\":\"SCHEDULED\"}")
                        .status(),
                "reading is all a peer may do");
    }

    private long coventry2024() throws Exception {
        return api.get("api/v1/councils/E08000026/challenges", pcm)
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
    }

    private JsonObject step(long id, String verb, String path, String body) throws Exception {
        Api.Reply reply = api.send(verb, "api/v1/challenges/" + id + "/" + path, pcm, body);
        assertEquals(200, reply.status(), verb + " " + path + ": " + reply.body());
        return reply.json().asJsonObject();
    }

    /** The challenge as a new request reads it from the database, not as the step that changed it answered. */
    private JsonObject reread(long id) throws Exception {
        Api.Reply reply = api.get("api/v1/challenges/" + id, pcm);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().asJsonObject();
    }

    private static JsonObject deadline(JsonObject challenge, String kind) {
        return challenge.getJsonArray("deadlines").stream()
                .map(JsonValue::asJsonObject)
                .filter(d -> d.getString("kind").equals(kind))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> ((JsonString) v).getString()).toList();
    }
}
