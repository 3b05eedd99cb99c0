package uk.gov.lga.hub.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.gov.lga.hub.provisioning.Problems.assertProblem;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(RunningProvisioner.class)
class HttpContractTest {

    private static final String GOOD_MEMBER =
            "{\"role\":\"council-editor\",\"email\":\"a@b.example\"," + "\"firstName\":\"A\",\"lastName\":\"B\"}";

    private final ProvisionerClient provisioner = RunningProvisioner.provisioner();

    @Test
    void health_is_up_without_the_key_once_a_service_account_token_can_be_had() {
        var health = provisioner.withKey(null).get("/health");

        assertEquals(200, health.status(), health.toString());
        assertEquals("{\"status\":\"UP\"}", health.text());
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "none",
            value = {"none", "wrong-key", "''"})
    void a_missing_or_wrong_key_is_refused(String key) {
        ProvisionerClient stranger = provisioner.withKey(key);

        assertProblem(401, "unauthorized", stranger.put("/councils/E06000020", Map.of("name", "Darlington")));
        assertProblem(401, "unauthorized", stranger.get("/councils/E08000026/members"));
        assertProblem(401, "unauthorized", stranger.delete("/regions/london/advisers/adviser-wm"));
        assertProblem(401, "unauthorized", stranger.get("/no/such/path"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"E0800002", "E080000260", "e08000026", "W06000001", "E0800002X"})
    void a_malformed_council_code_is_a_bad_request(String code) {
        assertProblem(400, "bad-request", provisioner.put("/councils/" + code, Map.of("name", "Somewhere")));
        assertProblem(400, "bad-request", provisioner.get("/councils/" + code + "/members"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown role    | {\"role\":\"council-admin\",\"email\":\"a@b.example\",\"firstName\":\"A\",\"lastName\":\"B\"}",
                "missing role    | {\"email\":\"a@b.example\",\"firstName\":\"A\",\"lastName\":\"B\"}",
                "new user, no email | {\"role\":\"council-editor\",\"firstName\":\"A\",\"lastName\":\"B\"}",
                "new user, no names | {\"role\":\"council-editor\",\"email\":\"a@b.example\"}",
                "bad email       | {\"role\":\"council-editor\",\"email\":\"not-an-address\",\"firstName\":\"A\",\"lastName\":\"B\"}",
                "blank last name | {\"role\":\"council-editor\",\"email\":\"a@b.example\",\"firstName\":\"A\",\"lastName\":\" \"}",
                "unknown field   | {\"role\":\"council-editor\",\"email\":\"a@b.example\",\"firstName\":\"A\",\"lastName\":\"B\",\"admin\":true}",
                "role not text   | {\"role\":[\"council-editor\"],\"email\":\"a@b.example\",\"firstName\":\"A\",\"lastName\":\"B\"}",
                "broken JSON     | {\"role\":\"council-editor\",",
                "not an object   | [\"council-editor\"]",
                "JSON null       | null",
                "empty body      | ''"
            })
    void a_bad_member_request_is_a_bad_request(String what, String body) {
        assertProblem(
                400, "bad-request", provisioner.send("PUT", "/councils/E08000026/members/someone-new", body, Map.of()));
    }

    @Test
    void a_bad_council_request_or_user_name_is_a_bad_request() {
        assertProblem(400, "bad-request", provisioner.send("PUT", "/councils/E06000021", "{}", Map.of()));
        assertProblem(400, "bad-request", provisioner.send("PUT", "/councils/E06000021", "{\"name\":\"\"}", Map.of()));
        assertProblem(
                400,
                "bad-request",
                provisioner.send("PUT", "/councils/E08000026/members/bad%20name", GOOD_MEMBER, Map.of()));
        assertProblem(
                400,
                "bad-request",
                provisioner.send(
                        "PUT",
                        "/regions/West_Midlands/advisers/someone",
                        "{\"email\":\"a@b.example\",\"firstName\":\"A\",\"lastName\":\"B\"}",
                        Map.of()));
    }

    @Test
    void an_unknown_path_is_not_found_and_a_wrong_method_is_not_allowed() {
        assertProblem(404, "not-found", provisioner.get("/councils"));
        var wrongMethod = provisioner.send("POST", "/councils/E08000026", "{\"name\":\"Coventry\"}", Map.of());
        assertProblem(405, "method-not-allowed", wrongMethod);
    }

    @Test
    void a_body_over_64_kib_is_too_large_and_one_not_sent_as_json_is_unsupported() {
        String big = "{\"name\":\"" + "a".repeat(70_000) + "\"}";
        assertProblem(413, "body-too-large", provisioner.send("PUT", "/councils/E06000023", big, Map.of()));
        assertProblem(
                415,
                "unsupported-media-type",
                provisioner.send(
                        "PUT",
                        "/councils/E06000023",
                        "{\"name\":\"Somewhere\"}",
                        Map.of("Content-Type", "text/plain")));
    }

    @Test
    void an_unreachable_keycloak_is_a_bad_gateway_and_makes_health_down() throws Exception {
        // Nothing listens on port 9 (discard) here: the connection is refused at once.
        URI nowhere = URI.create("http://127.0.0.1:9");
        try (ProvisioningServer orphan = ProvisioningServer.start(RunningProvisioner.config(nowhere, false))) {
            ProvisionerClient client = new ProvisionerClient(orphan.baseUri(), RunningProvisioner.KEY);

            assertProblem(
                    502,
                    "keycloak-unavailable",
                    client.put("/councils/E06000022", Map.of("name", "Somewhere Council")));
            assertEquals(503, client.withKey(null).get("/health").status());
        }
    }
}
