package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The foundation, end to end: the real WAR on Payara Micro, PostgreSQL migrated by Flyway, demo data from the
 * seeds, and tokens from the real Keycloak.
 */
@HubIntegrationTest
@RunAsClient
class FoundationIT {

    private static final String COVENTRY = "E08000026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.hubWar();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(base);
    }

    @Test
    void isReadyOnceTheDatabaseIsMigrated() throws Exception {
        Api.Reply ready = api.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
    }

    @Test
    void aManagerFetchesCoventrys2024ChallengeAsTheReportPrintsIt() throws Exception {
        String token = Tokens.of("pcm");
        JsonArray councils = api.get("api/v1/councils", token).json().asJsonArray();
        assertTrue(
                councils.stream()
                        .map(c -> c.asJsonObject().getString("code"))
                        .toList()
                        .containsAll(List.of("E08000026", "E08000037")),
                councils.toString());

        JsonArray challenges = api.get("api/v1/councils/" + COVENTRY + "/challenges", token)
                .json()
                .asJsonArray();
        assertEquals(
                List.of("2024-01-15", "2018-10-09"),
                challenges.stream()
                        .map(c -> c.asJsonObject().getString("onSiteStart"))
                        .toList());

        long id = challenges.getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply reply = api.get("api/v1/challenges/" + id, token);
        assertEquals(200, reply.status(), reply.body());
        JsonObject challenge = reply.json().asJsonObject();

        assertEquals("2024-01-15", challenge.getJsonObject("visit").getString("start"));
        assertEquals("2024-01-18", challenge.getJsonObject("visit").getString("end"));
        assertEquals(
                List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8", "2.9", "2.10"),
                strings(challenge.getJsonArray("recommendations"), "number"));
        assertEquals(
                List.of(
                        "City Centre masterplan",
                        "One Coventry Plan",
                        "Employees",
                        "Medium Term Financial Strategy",
                        "Financial accounts",
                        "Transformation programme",
                        "Communications",
                        "Performance management",
                        "Member training",
                        "Workforce Diversity"),
                strings(challenge.getJsonArray("recommendations"), "title"));
        assertEquals(
                "The council should take further steps to improve diversity across the organisation at all levels.",
                challenge.getJsonArray("recommendations").getJsonObject(9).getString("text"));

        JsonArray team = challenge.getJsonArray("team");
        assertEquals(
                List.of(
                        "Pam Smith",
                        "Cllr Eamonn O\u2019Brien",
                        "Rupa Raghwani",
                        "James Partis",
                        "Tinu Olowe",
                        "Eamon Lally"),
                strings(team, "name"));
        assertEquals(
                List.of(
                        "LEAD_PEER",
                        "MEMBER_PEER",
                        "OFFICER_PEER",
                        "OFFICER_PEER",
                        "OFFICER_PEER",
                        "PEER_CHALLENGE_MANAGER"),
                strings(team, "role"));
        assertEquals(
                List.of("Newcastle City Council", "Bury Council", "LB Hounslow", "LB Newham", "Enfield Council", "LGA"),
                strings(team, "homeOrganisation"));

        assertEquals(
                List.of(
                        "Local priorities and outcomes",
                        "Organisational and place leadership",
                        "Governance and culture",
                        "Financial planning and management",
                        "Capacity for improvement",
                        "Transformation"),
                strings(challenge.getJsonArray("scope"), "name"));
        assertEquals("2029-01-18", challenge.getString("nextChallengeDue"));
    }

    @Test
    void the2018ChallengeHasItsLetteredRecommendations() throws Exception {
        String token = Tokens.of("coventry-viewer");
        JsonArray challenges = api.get("api/v1/councils/" + COVENTRY + "/challenges", token)
                .json()
                .asJsonArray();
        long id = challenges.getJsonObject(1).getJsonNumber("id").longValue();
        JsonObject challenge = api.get("api/v1/challenges/" + id, token).json().asJsonObject();
        assertEquals(
                List.of("a)", "b)", "c)", "d)", "e)", "f)", "g)", "h)", "i)", "j)"),
                strings(challenge.getJsonArray("recommendations"), "number"));
        assertEquals("CLOSED", challenge.getString("status"));
    }

    @Test
    void refusesRequestsWithoutAValidTokenWith401ProblemDocuments() throws Exception {
        String path = "api/v1/councils";
        assertUnauthorized(api.get(path, null), "no token");
        assertUnauthorized(api.get(path, "not-a-jwt"), "garbage");
        assertUnauthorized(api.get(path, Tokens.signedByAnotherKey("pcm")), "signed by another key");
        assertUnauthorized(api.get(path, Tokens.fromAnotherRealm()), "from the master realm");

        String shortLived = Tokens.shortLived("pcm");
        assertEquals(200, api.get(path, shortLived).status(), "the short-lived token is otherwise valid");
        long skewSeconds = 5;
        long waitMillis = (Tokens.expiry(shortLived) + skewSeconds + 1) * 1000 - System.currentTimeMillis();
        Thread.sleep(Math.max(0, waitMillis));
        assertUnauthorized(api.get(path, shortLived), "expired");
    }

    @Test
    void aGatesheadEditorCannotReadCoventrysChallenges() throws Exception {
        String gateshead = Tokens.of("gateshead-editor");
        Api.Reply list = api.get("api/v1/councils/" + COVENTRY + "/challenges", gateshead);
        assertEquals(404, list.status(), list.body());
        assertTrue(list.isProblem(), list.body());

        long coventryChallenge = api.get("api/v1/councils/" + COVENTRY + "/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Reply detail = api.get("api/v1/challenges/" + coventryChallenge, gateshead);
        assertEquals(404, detail.status(), detail.body());
        assertTrue(detail.isProblem(), detail.body());
        assertTrue(!detail.body().contains("City Centre"), "no Coventry data in the refusal");
    }

    @Test
    void answersUnknownThingsWith404ProblemDocuments() throws Exception {
        String token = Tokens.of("pcm");
        Api.Reply challenge = api.get("api/v1/challenges/999999", token);
        assertEquals(404, challenge.status());
        assertTrue(challenge.isProblem(), challenge.body());
        Api.Reply council = api.get("api/v1/councils/E99999999/challenges", token);
        assertEquals(404, council.status());
        assertTrue(council.isProblem(), council.body());
        Api.Reply path = api.get("api/v1/nothing-here", token);
        assertEquals(404, path.status());
        assertTrue(path.isProblem(), path.body());
    }

    @Test
    void publishesAnOpenApiDocumentOfTheEndpoints() throws Exception {
        Api.Reply openapi = api.get("/openapi", null);
        assertEquals(200, openapi.status());
        for (String path :
                List.of("/api/v1/councils:", "/api/v1/councils/{code}/challenges:", "/api/v1/challenges/{id}:")) {
            assertTrue(openapi.body().contains(path), path + " missing from\n" + openapi.body());
        }
    }

    private static void assertUnauthorized(Api.Reply reply, String why) {
        assertEquals(401, reply.status(), why + ": " + reply.body());
        assertTrue(reply.isProblem(), why + ": not a problem document: " + reply.contentType() + " " + reply.body());
    }

    private static List<String> strings(JsonArray array, String key) {
        return array.stream()
                .map(JsonValue::asJsonObject)
                .map(o -> o.get(key))
                .map(v -> ((JsonString) v).getString())
                .toList();
    }
}
