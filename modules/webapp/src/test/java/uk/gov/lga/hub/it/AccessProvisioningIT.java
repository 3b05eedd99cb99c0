package uk.gov.lga.hub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.gov.lga.hub.devstack.ProvisionerServer;

/**
 * Councils and advisers provisioned through the API, with the real provisioner and Keycloak behind it: what an
 * administrator does shows in the next token a user gets, and a Keycloak failure leaves nothing half-done.
 */
@ExtendWith(RunningStack.class)
class AccessProvisioningIT {

    private static final String PASSWORD = "Correct-Horse-42";

    /** The real WAR on the suite's shared Payara Micro. */
    final URL base = RunningStack.appUrl();

    private Api api;
    private String admin;

    @BeforeEach
    void connect() {
        api = new Api(base);
        admin = Tokens.of("admin");
    }

    @Test
    void onboardingACouncilTwiceGivesTheSameCouncilOnce() throws Exception {
        String durham = "{\"name\":\"Durham County Council\",\"type\":\"UNITARY\",\"region\":\"north-east\"}";
        Api.Reply first = api.put("api/v1/admin/councils/E06000047", admin, durham);
        assertEquals(201, first.status(), first.body());
        Api.Reply second = api.put("api/v1/admin/councils/E06000047", admin, durham);
        assertEquals(200, second.status(), second.body());
        assertEquals(first.json(), second.json());
        assertEquals(
                1,
                api.get("api/v1/councils", admin).json().asJsonArray().stream()
                        .filter(c -> c.asJsonObject().getString("code").equals("E06000047"))
                        .count());
        assertEquals(
                List.of(),
                api.get("api/v1/admin/councils/E06000047/members", admin).json().asJsonArray());

        Api.Reply different = api.put(
                "api/v1/admin/councils/E06000047", admin, durham.replace("Durham County Council", "Somewhere Else"));
        assertEquals(422, different.status(), different.body());
        assertTrue(different.isProblem(), different.body());
    }

    @Test
    void aUserGivenAccessCarriesItInTheirNextTokenUntilItIsTakenAway() throws Exception {
        onboard("E08000021", "Newcastle City Council", "METROPOLITAN_DISTRICT", "north-east");
        String member = "api/v1/admin/councils/E08000021/members/newcastle-officer";

        assertEquals(204, api.put(member, admin, access("COUNCIL_EDITOR")).status());
        String editor = Tokens.of("newcastle-officer", PASSWORD);
        assertEquals("E08000021", Tokens.claims(editor).getString("council"));
        assertEquals(List.of("council-editor"), roles(editor));
        assertEquals(
                200, api.get("api/v1/councils/E08000021/challenges", editor).status());
        assertEquals(
                404, api.get("api/v1/councils/E08000026/challenges", editor).status());
        assertEquals(List.of("newcastle-officer:council-editor"), members("E08000021"));

        assertEquals(
                204, api.put(member, admin, "{\"role\":\"COUNCIL_VIEWER\"}").status());
        assertEquals(List.of("council-viewer"), roles(Tokens.of("newcastle-officer", PASSWORD)));

        assertEquals(204, api.delete(member, admin).status());
        String removed = Tokens.of("newcastle-officer", PASSWORD);
        assertFalse(
                Tokens.claims(removed).containsKey("council"),
                Tokens.claims(removed).toString());
        assertEquals(List.of(), roles(removed));
        assertEquals(
                403, api.get("api/v1/councils/E08000021/challenges", removed).status());
        assertEquals(List.of(), members("E08000021"));

        List<String> trail = OwnerDatabaseOf.actions("E08000021");
        assertEquals(List.of("council.onboarded", "access.granted", "access.granted", "access.revoked"), trail);
    }

    @Test
    void aKeycloakFailureMidOnboardingLeavesNothingHalfDoneAndARetryCompletesIt() throws Exception {
        armProvisionerFault("after-council-group");
        String sunderland =
                "{\"name\":\"Sunderland City Council\",\"type\":\"METROPOLITAN_DISTRICT\",\"region\":\"north-east\"}";
        Api.Reply failed = api.put("api/v1/admin/councils/E08000024", admin, sunderland);
        assertEquals(502, failed.status(), failed.body());
        assertTrue(failed.isProblem(), failed.body());
        try (Connection owner = OwnerDatabase.connect()) {
            assertEquals(
                    List.of(0L), OwnerDatabase.longs(owner, "select count(*) from council where code = 'E08000024'"));
            assertEquals(
                    List.of(0L),
                    OwnerDatabase.longs(owner, "select count(*) from audit_event where council_code = 'E08000024'"));
        }

        Api.Reply retried = api.put("api/v1/admin/councils/E08000024", admin, sunderland);
        assertEquals(201, retried.status(), retried.body());
        assertEquals(
                204,
                api.put("api/v1/admin/councils/E08000024/members/sunderland-officer", admin, access("COUNCIL_EDITOR"))
                        .status(),
                "the editors group was completed by the retry");
        assertEquals(List.of("council-editor"), roles(Tokens.of("sunderland-officer", PASSWORD)));
    }

    @Test
    void anAdviserGivenARegionReadsThatRegionsCouncilsInDetailAndNoOthers() throws Exception {
        String adviser = "api/v1/admin/regions/west-midlands/advisers/new-adviser";
        assertEquals(204, api.put(adviser, admin, person()).status());
        String token = Tokens.of("new-adviser", PASSWORD);
        assertEquals("west-midlands", Tokens.claims(token).getString("region"));
        assertEquals(200, api.get("api/v1/councils/E08000026/challenges", token).status());
        assertEquals(404, api.get("api/v1/councils/E08000037/challenges", token).status());
        Api.Reply listed = api.get("api/v1/admin/regions/west-midlands/advisers", admin);
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains("\"username\":\"new-adviser\""), listed.body());
        assertEquals(
                403,
                api.get("api/v1/admin/regions/west-midlands/advisers", token).status());

        assertEquals(
                204,
                api.put("api/v1/admin/regions/north-east/advisers/new-adviser", admin, person())
                        .status());
        String moved = Tokens.of("new-adviser", PASSWORD);
        assertEquals("north-east", Tokens.claims(moved).getString("region"));
        assertEquals(404, api.get("api/v1/councils/E08000026/challenges", moved).status());
        assertEquals(200, api.get("api/v1/councils/E08000037/challenges", moved).status());

        assertEquals(
                204,
                api.delete("api/v1/admin/regions/north-east/advisers/new-adviser", admin)
                        .status());
        assertFalse(Tokens.claims(Tokens.of("new-adviser", PASSWORD)).containsKey("region"));
    }

    @Test
    void onlyAnAdministratorProvisions() throws Exception {
        for (String user : List.of("pcm", "adviser-wm", "coventry-editor")) {
            String token = Tokens.of(user);
            assertEquals(
                    403,
                    api.put("api/v1/admin/regions/london/advisers/someone", token, person())
                            .status(),
                    user);
            assertEquals(
                    403,
                    api.put(
                                    "api/v1/admin/councils/E09000001",
                                    token,
                                    "{\"name\":\"City of London\",\"type\":\"OTHER\",\"region\":\"london\"}")
                            .status(),
                    user);
        }
        Api.Reply badRegion = api.put("api/v1/admin/regions/atlantis/advisers/someone", admin, person());
        assertEquals(422, badRegion.status(), badRegion.body());
        Api.Reply badCode = api.put(
                "api/v1/admin/councils/coventry", admin, "{\"name\":\"x\",\"type\":\"OTHER\",\"region\":\"london\"}");
        assertEquals(422, badCode.status(), badCode.body());
        assertTrue(badCode.isProblem(), badCode.body());
    }

    @Test
    void theNorthEastsAdviserSeesCoventryInTheNationalFiguresButNotInDetail() throws Exception {
        String adviserNe = Tokens.of("adviser-ne");
        Api.Reply national = api.get("api/v1/national/responses", adviserNe);
        assertEquals(200, national.status(), national.body());
        assertTrue(
                national.json().asJsonArray().stream()
                        .map(l -> l.asJsonObject().getJsonObject("council"))
                        .anyMatch(c -> c.getString("code").equals("E08000026")),
                national.body());
        long coventry2024 = api.get("api/v1/councils/E08000026/challenges", Tokens.of("pcm"))
                .json()
                .asJsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                404,
                api.get("api/v1/challenges/" + coventry2024 + "/responses", adviserNe)
                        .status());
        assertEquals(
                200,
                api.get("api/v1/challenges/" + coventry2024 + "/responses", Tokens.of("adviser-wm"))
                        .status());
        assertEquals(
                403,
                api.get("api/v1/national/responses", Tokens.of("coventry-editor"))
                        .status());
    }

    private void onboard(String code, String name, String type, String region) throws Exception {
        Api.Reply reply = api.put(
                "api/v1/admin/councils/" + code,
                admin,
                "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"region\":\"" + region + "\"}");
        assertTrue(reply.status() == 201 || reply.status() == 200, reply.body());
    }

    private List<String> members(String code) throws Exception {
        return api.get("api/v1/admin/councils/" + code + "/members", admin).json().asJsonArray().stream()
                .map(m -> m.asJsonObject().getString("username") + ":"
                        + m.asJsonObject().getString("role"))
                .toList();
    }

    private static List<String> roles(String token) {
        JsonObject claims = Tokens.claims(token);
        return !claims.containsKey("groups")
                ? List.of()
                : claims.getJsonArray("groups").stream()
                        .map(g -> ((JsonString) g).getString())
                        .filter(r -> r.startsWith("council-")
                                || r.equals("peer")
                                || r.startsWith("principal")
                                || r.startsWith("lga")
                                || r.startsWith("peer-"))
                        .toList();
    }

    private static String access(String role) {
        return "{\"role\":\"" + role + "\",\"email\":\"officer-" + System.nanoTime()
                + "@example.test\",\"firstName\":\"Olu\",\"lastName\":\"Officer\",\"initialPassword\":\"" + PASSWORD
                + "\"}";
    }

    private static String person() {
        return "{\"email\":\"adviser-" + System.nanoTime()
                + "@example.test\",\"firstName\":\"Ada\",\"lastName\":\"Adviser\"," + "\"initialPassword\":\""
                + PASSWORD + "\"}";
    }

    /** Arms the provisioner, which the application reaches over HTTP, to fail the next onboarding part-way. */
    private static void armProvisionerFault(String checkpoint) throws Exception {
        HttpResponse<String> armed = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(RunningStack.provisionerUrl() + "/faults"))
                                .header("X-Provisioning-Key", ProvisionerServer.DEV_KEY)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"next\":\"" + checkpoint + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(204, armed.statusCode(), armed.body());
    }

    /** The council's audit trail as the database holds it, oldest first. */
    private static final class OwnerDatabaseOf {
        static List<String> actions(String code) throws Exception {
            try (Connection owner = OwnerDatabase.connect()) {
                return OwnerDatabase.strings(
                        owner,
                        "select action from audit_event where council_code = '" + code + "' order by occurred_at, id");
            }
        }
    }
}
