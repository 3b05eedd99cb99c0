package uk.gov.lga.hub.ui.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.ui.form.FormErrors;

/** What the access pages do with bad input and with a sign-in service that does not answer. */
class AccessPageTest {

    /** A page whose identity provider is down, asking for one more box ("role") as the council page does. */
    static class PageWithTheSignInServiceDown extends AccessPage {

        @Override
        public String getPlaceName() {
            return "Gateshead Council";
        }

        @Override
        protected String path() {
            return "/app/admin/council-people.xhtml";
        }

        @Override
        public String getPlaceParameter() {
            return "code";
        }

        @Override
        public String getPlaceCode() {
            return "E08000037";
        }

        @Override
        public String roleName(Member member) {
            return "Editor";
        }

        @Override
        public String getRemovalConsequence() {
            return "";
        }

        @Override
        protected List<Member> listPeople() {
            throw new IdentityProviderFailure("The sign-in service failed (502): Keycloak did not answer");
        }

        @Override
        protected void checkOtherFields(FormErrors errors) {
            errors.add("role", "Select a role");
        }

        @Override
        protected boolean grant(PersonFields person) {
            throw new IdentityProviderFailure("The sign-in service failed (502): Keycloak did not answer");
        }

        @Override
        protected void revoke(String username) {
            throw new IdentityProviderFailure("The sign-in service failed (502): Keycloak did not answer");
        }

        @Override
        protected String givenMessage(PersonFields person) {
            return "";
        }

        @Override
        protected String removedMessage(Member member) {
            return "";
        }
    }

    @Test
    void everyBoxThatIsWrongIsListedAtOnceInTheFormsOrder() {
        AccessPage page = new PageWithTheSignInServiceDown();
        page.getPerson().setUsername("Two Words");
        page.getPerson().setEmail("not-an-address");
        page.getPerson().setPassword("short");

        assertNull(page.give(), "the page stays, with its errors");

        assertEquals(
                List.of("username", "firstName", "lastName", "email", "role", "password"),
                page.getErrors().getAll().stream().map(FormErrors.Error::field).toList());
    }

    @Test
    void aSignInServiceThatDoesNotAnswerIsAPlainMessageAtTheFormAndKeepsWhatWasTyped() {
        AccessPage page = new PageWithTheSignInServiceDown() {
            @Override
            protected void checkOtherFields(FormErrors errors) {
                // the role was chosen
            }
        };
        page.getPerson().setUsername("gale.newcomer");
        page.getPerson().setFirstName("Gale");
        page.getPerson().setLastName("Newcomer");
        page.getPerson().setEmail("gale@gateshead.example");
        page.getPerson().setPassword("First-Passw0rd");

        assertNull(page.give());

        assertEquals(
                "The sign-in service did not answer, so nothing was changed. Try again in a few minutes.",
                page.getErrors().of("username"));
        assertEquals(1, page.getErrors().getAll().size());
        assertEquals("Gale", page.getPerson().getFirstName());
    }

    @Test
    void aListTheSignInServiceCannotGiveLeavesThePageUsable() {
        AccessPage page = new PageWithTheSignInServiceDown();

        assertEquals(List.of(), page.getPeople());
        assertTrue(page.isPeopleUnavailable());
    }

    @Test
    void aPersonWithoutANameIsShownByTheirUserName() {
        AccessPage page = new PageWithTheSignInServiceDown();

        assertEquals("sam", page.nameOf(new Member("sam", "council-viewer", null, null, null)));
        assertEquals("Sam Officer", page.nameOf(new Member("sam", "council-viewer", "s@x.example", "Sam", "Officer")));
    }
}
