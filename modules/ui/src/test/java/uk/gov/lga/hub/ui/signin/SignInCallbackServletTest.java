package uk.gov.lga.hub.ui.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.security.Role;

/** Where the callback sends a browser that has just signed in. */
class SignInCallbackServletTest {

    @Test
    void aSignInThatStartedAtTheAppsHomeGoesStraightToTheUsersFirstArea() {
        assertEquals(
                "/app/challenges/index.xhtml",
                SignInCallbackServlet.landing("/app/", user(Role.PEER_CHALLENGE_MANAGER, null)));
        assertEquals(
                "/app/council/index.xhtml",
                SignInCallbackServlet.landing("/app/", user(Role.COUNCIL_EDITOR, "E08000026")));
        assertEquals("/app/admin/councils.xhtml", SignInCallbackServlet.landing("/app/", user(Role.LGA_ADMIN, null)));
    }

    @Test
    void aSignInThatStartedOnAPageGoesBackToThatPage() {
        assertEquals(
                "/app/plan/index.xhtml?id=7",
                SignInCallbackServlet.landing("/app/plan/index.xhtml?id=7", user(Role.COUNCIL_EDITOR, "E08000026")));
    }

    @Test
    void someoneWithNoRoleYetLandsOnTheHomePageThatSaysSo() {
        assertEquals("/app/", SignInCallbackServlet.landing("/app/", user("default-roles-lga", null)));
    }

    @Test
    void aPeerLandsOnTheirTeamsWorkspaces() {
        assertEquals("/app/workspace/mine.xhtml", SignInCallbackServlet.landing("/app/", user(Role.PEER, null)));
    }

    private static SignedInUser user(String role, String council) {
        return new SignedInUser("someone", "Some One", Set.of(role), council, null, "id-token", "sign-out");
    }
}
