package uk.gov.lga.hub.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.provisioning.Problems.assertProblem;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningProvisioner.class)
class CouncilOnboardingTest {

    private static final Map<String, List<String>> BOTH_SUBGROUPS_WITH_THEIR_ROLES = Map.of(
            "editors", List.of("council-editor"),
            "viewers", List.of("council-viewer"));

    private final ProvisionerClient provisioner = RunningProvisioner.provisioner();

    @Test
    void onboarding_a_council_twice_leaves_one_group_with_its_two_subgroups_and_answers_the_same() {
        var first = provisioner.put("/councils/E06000001", Map.of("name", "Hartlepool Borough Council"));
        var second = provisioner.put("/councils/E06000001", Map.of("name", "Hartlepool Borough Council"));

        assertEquals(200, first.status(), first.toString());
        assertEquals("{\"group\":\"/councils/E06000001\",\"created\":true}", first.text());
        assertEquals(200, second.status(), second.toString());
        assertEquals("{\"group\":\"/councils/E06000001\",\"created\":false}", second.text());
        assertEquals(1, RealmInspector.childrenNamed("/councils", "E06000001"));
        assertEquals(BOTH_SUBGROUPS_WITH_THEIR_ROLES, RealmInspector.subgroupRoles("/councils/E06000001"));
        assertEquals(
                Map.of("council", List.of("E06000001"), "council_name", List.of("Hartlepool Borough Council")),
                RealmInspector.attributes("/councils/E06000001"));
    }

    @Test
    void onboarding_again_with_another_name_renames_the_council() {
        provisioner.put("/councils/E06000003", Map.of("name", "Redcar and Cleveland Council"));

        var renamed = provisioner.put("/councils/E06000003", Map.of("name", "Redcar and Cleveland Borough Council"));

        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(
                List.of("Redcar and Cleveland Borough Council"),
                RealmInspector.attributes("/councils/E06000003").get("council_name"));
    }

    @Test
    void a_failure_after_the_council_group_is_created_is_completed_by_the_next_call() {
        Map<String, String> body = Map.of("name", "Middlesbrough Council");

        var failed = provisioner.send("PUT", "/councils/E06000002", body, Map.of("X-Fault", "after-council-group"));

        assertProblem(500, "injected-fault", failed);
        assertEquals(Map.of(), RealmInspector.subgroupRoles("/councils/E06000002"), "the council group, no subgroups");

        var completed = provisioner.put("/councils/E06000002", body);

        assertEquals(200, completed.status(), completed.toString());
        assertTrue(completed.json().path("created").asBoolean(), "the subgroups were created by this call");
        assertEquals(1, RealmInspector.childrenNamed("/councils", "E06000002"));
        assertEquals(BOTH_SUBGROUPS_WITH_THEIR_ROLES, RealmInspector.subgroupRoles("/councils/E06000002"));
    }

    @Test
    void the_fault_header_is_ignored_unless_fault_injection_is_switched_on() throws Exception {
        URI keycloak = URI.create(RunningProvisioner.keycloakUrl());
        try (ProvisioningServer plain = ProvisioningServer.start(RunningProvisioner.config(keycloak, false))) {
            var answer = new ProvisionerClient(plain.baseUri(), RunningProvisioner.KEY)
                    .send(
                            "PUT",
                            "/councils/E06000004",
                            Map.of("name", "Stockton-on-Tees Borough Council"),
                            Map.of("X-Fault", "after-council-group"));

            assertEquals(200, answer.status(), answer.toString());
            assertEquals(BOTH_SUBGROUPS_WITH_THEIR_ROLES, RealmInspector.subgroupRoles("/councils/E06000004"));
        }
    }
}
