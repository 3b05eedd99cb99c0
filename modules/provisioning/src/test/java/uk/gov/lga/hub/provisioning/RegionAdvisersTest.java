package uk.gov.lga.hub.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.provisioning.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningProvisioner.class)
class RegionAdvisersTest {

    private static final String PASSWORD = "Adviser-Passw0rd";

    private final ProvisionerClient provisioner = RunningProvisioner.provisioner();

    @Test
    void an_adviser_gets_a_token_with_the_region_and_the_adviser_role() throws Exception {
        var answer = provisioner.put("/regions/london/advisers/adviser-london", adviser());

        assertEquals(200, answer.status(), answer.toString());
        assertEquals("{\"username\":\"adviser-london\",\"region\":\"london\",\"createdUser\":true}", answer.text());
        Tokens.Claims claims = Tokens.claimsOf("adviser-london", PASSWORD);
        assertEquals("london", claims.text("region"));
        assertTrue(
                claims.groups().contains("principal-adviser"), claims.groups().toString());
    }

    @Test
    void moving_an_adviser_to_another_region_replaces_the_region_in_their_next_token() throws Exception {
        provisioner.put("/regions/south-east/advisers/adviser-moving", adviser());

        var moved = provisioner.put("/regions/south-west/advisers/adviser-moving", Map.of());

        assertEquals(200, moved.status(), moved.toString());
        assertFalse(moved.json().path("createdUser").asBoolean());
        Tokens.Claims claims = Tokens.claimsOf("adviser-moving", PASSWORD);
        assertEquals("south-west", claims.text("region"));
        assertTrue(
                claims.groups().contains("principal-adviser"), claims.groups().toString());
    }

    @Test
    void taking_the_region_away_removes_it_and_the_role_from_the_next_token() throws Exception {
        provisioner.put("/regions/east-midlands/advisers/adviser-leaving", adviser());

        var removed = provisioner.delete("/regions/east-midlands/advisers/adviser-leaving");

        assertEquals(204, removed.status(), removed.toString());
        Tokens.Claims claims = Tokens.claimsOf("adviser-leaving", PASSWORD);
        assertNull(claims.text("region"));
        assertFalse(
                claims.groups().contains("principal-adviser"), claims.groups().toString());
    }

    @Test
    void the_adviser_list_names_each_adviser_of_the_region() {
        provisioner.put("/regions/north-west/advisers/adviser-listed", adviser());

        var advisers = provisioner.get("/regions/north-west/advisers");

        assertEquals(200, advisers.status(), advisers.toString());
        assertTrue(
                advisers.text().contains("{\"username\":\"adviser-listed\",\"role\":\"principal-adviser\""),
                advisers.text());
        assertTrue(advisers.text().contains("\"firstName\":\"Alex\",\"lastName\":\"Adviser\""), advisers.text());
        assertProblem(404, "not-found", provisioner.get("/regions/atlantis/advisers"));
    }

    @Test
    void a_region_the_realm_does_not_have_is_not_found() {
        assertProblem(404, "not-found", provisioner.put("/regions/atlantis/advisers/adviser-lost", adviser()));
        assertProblem(404, "not-found", provisioner.delete("/regions/atlantis/advisers/adviser-lost"));
    }

    private static Map<String, String> adviser() {
        return Map.of(
                "email",
                "adviser-" + System.nanoTime() + "@lga.example",
                "firstName",
                "Alex",
                "lastName",
                "Adviser",
                "initialPassword",
                PASSWORD);
    }
}
