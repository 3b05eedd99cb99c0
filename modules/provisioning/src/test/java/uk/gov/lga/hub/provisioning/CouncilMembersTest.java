package uk.gov.lga.hub.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.gov.lga.hub.provisioning.Problems.assertProblem;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningProvisioner.class)
class CouncilMembersTest {

    private static final String HULL = "E06000010";
    private static final String YORK = "E06000014";
    private static final String PASSWORD = "Initial-Passw0rd";

    private final ProvisionerClient provisioner = RunningProvisioner.provisioner();

    @BeforeAll
    static void onboardTwoCouncils() {
        ProvisionerClient provisioner = RunningProvisioner.provisioner();
        assertEquals(
                200,
                provisioner
                        .put("/councils/" + HULL, Map.of("name", "Hull City Council"))
                        .status());
        assertEquals(
                200,
                provisioner
                        .put("/councils/" + YORK, Map.of("name", "City of York Council"))
                        .status());
    }

    @Test
    void a_new_editor_gets_a_token_with_the_council_and_the_editor_role() throws Exception {
        var answer = provisioner.put("/councils/" + HULL + "/members/hull-editor", member("council-editor"));

        assertEquals(200, answer.status(), answer.toString());
        assertEquals(
                "{\"username\":\"hull-editor\",\"council\":\"" + HULL
                        + "\",\"role\":\"council-editor\",\"createdUser\":true}",
                answer.text());
        Tokens.Claims claims = Tokens.claimsOf("hull-editor", PASSWORD);
        assertEquals(HULL, claims.text("council"));
        assertTrue(claims.groups().contains("council-editor"), claims.groups().toString());
        assertFalse(claims.groups().contains("council-viewer"), claims.groups().toString());
    }

    @Test
    void giving_an_editor_the_viewer_role_changes_their_next_token() throws Exception {
        provisioner.put("/councils/" + HULL + "/members/hull-officer", member("council-editor"));

        // An existing user needs no details again: the role is enough.
        var answer = provisioner.put("/councils/" + HULL + "/members/hull-officer", Map.of("role", "council-viewer"));

        assertEquals(200, answer.status(), answer.toString());
        assertFalse(answer.json().path("createdUser").asBoolean());
        Tokens.Claims claims = Tokens.claimsOf("hull-officer", PASSWORD);
        assertEquals(HULL, claims.text("council"));
        assertTrue(claims.groups().contains("council-viewer"), claims.groups().toString());
        assertFalse(claims.groups().contains("council-editor"), claims.groups().toString());
    }

    @Test
    void removing_access_takes_the_council_and_the_role_out_of_the_next_token_and_keeps_the_user() throws Exception {
        provisioner.put("/councils/" + HULL + "/members/hull-leaver", member("council-editor"));

        var removed = provisioner.delete("/councils/" + HULL + "/members/hull-leaver");
        var removedAgain = provisioner.delete("/councils/" + HULL + "/members/hull-leaver");

        assertEquals(204, removed.status(), removed.toString());
        assertEquals(204, removedAgain.status(), removedAgain.toString());
        Tokens.Claims claims = Tokens.claimsOf("hull-leaver", PASSWORD);
        assertNull(claims.text("council"));
        assertFalse(claims.groups().contains("council-editor"), claims.groups().toString());
        assertFalse(claims.groups().contains("council-viewer"), claims.groups().toString());
    }

    @Test
    void adding_a_user_to_another_council_takes_them_out_of_the_first() throws Exception {
        provisioner.put("/councils/" + HULL + "/members/moving-officer", member("council-editor"));

        var moved = provisioner.put("/councils/" + YORK + "/members/moving-officer", member("council-viewer"));

        assertEquals(200, moved.status(), moved.toString());
        Tokens.Claims claims = Tokens.claimsOf("moving-officer", PASSWORD);
        assertEquals(YORK, claims.text("council"));
        assertTrue(claims.groups().contains("council-viewer"), claims.groups().toString());
        assertFalse(claims.groups().contains("council-editor"), claims.groups().toString());
        assertFalse(provisioner.get("/councils/" + HULL + "/members").text().contains("moving-officer"));
    }

    @Test
    void the_member_list_names_each_user_with_their_role() {
        provisioner.put("/councils/" + YORK + "/members/york-editor", member("council-editor"));
        provisioner.put("/councils/" + YORK + "/members/york-viewer", member("council-viewer"));

        var members = provisioner.get("/councils/" + YORK + "/members");

        assertEquals(200, members.status(), members.toString());
        assertTrue(
                members.text()
                        .contains("{\"username\":\"york-editor\",\"role\":\"council-editor\",\"email\":\"officer-"),
                members.text());
        assertTrue(
                members.text()
                        .contains("{\"username\":\"york-viewer\",\"role\":\"council-viewer\",\"email\":\"officer-"),
                members.text());
        assertTrue(members.text().contains("\"firstName\":\"Sam\",\"lastName\":\"Officer\""), members.text());
    }

    @Test
    void a_temporary_first_password_must_be_changed_before_any_token_is_issued() {
        Map<String, Object> body = new LinkedHashMap<>(member("council-editor"));
        body.put("temporaryPassword", true);

        var answer = provisioner.put("/councils/" + HULL + "/members/hull-newcomer", body);

        assertEquals(200, answer.status(), answer.toString());
        AssertionError refused = assertThrows(AssertionError.class, () -> Tokens.claimsOf("hull-newcomer", PASSWORD));
        assertTrue(refused.getMessage().contains("not fully set up"), refused.getMessage());
    }

    @Test
    void a_temporary_password_without_a_password_is_refused() {
        Map<String, Object> body = new LinkedHashMap<>(member("council-editor"));
        body.remove("initialPassword");
        body.put("temporaryPassword", true);

        assertProblem(400, "bad-request", provisioner.put("/councils/" + HULL + "/members/hull-nopassword", body));
    }

    @Test
    void a_council_that_is_not_onboarded_is_not_found() {
        assertProblem(404, "not-found", provisioner.get("/councils/E06000099/members"));
        assertProblem(
                404, "not-found", provisioner.put("/councils/E06000099/members/nobody", member("council-editor")));
        assertProblem(404, "not-found", provisioner.delete("/councils/E06000099/members/nobody"));
    }

    @Test
    void a_user_without_an_initial_password_is_created_all_the_same() {
        Map<String, String> body = member("council-viewer");
        body.remove("initialPassword");

        var answer = provisioner.put("/councils/" + HULL + "/members/no-password", body);

        assertEquals(200, answer.status(), answer.toString());
        assertTrue(answer.json().path("createdUser").asBoolean());
    }

    private static Map<String, String> member(String role) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("role", role);
        body.put("email", "officer-" + System.nanoTime() + "@council.example");
        body.put("firstName", "Sam");
        body.put("lastName", "Officer");
        body.put("initialPassword", PASSWORD);
        return body;
    }
}
