package uk.gov.lga.hub.ui.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import uk.gov.lga.hub.application.access.CouncilOnboarding;
import uk.gov.lga.hub.application.access.IdentityProvisioning.CouncilRole;
import uk.gov.lga.hub.application.access.IdentityProvisioning.Member;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormErrors;

/** An LGA administrator decides who may act for a council ({@code ?code=E08000037}), and as what. */
@Named
@RequestScoped
public class CouncilPeoplePage extends AccessPage {

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilOnboarding onboarding;

    private String councilName;

    /** From the address, or the form's hidden input when it is sent. */
    public String getCode() {
        return FieldInput.textParameter("code");
    }

    @Override
    public String getPlaceName() {
        if (councilName == null) {
            String code = getCode();
            if (code == null) {
                throw new NotFound("Which council?");
            }
            councilName = councils.byCode(code).name();
        }
        return councilName;
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
        return getCode();
    }

    @Override
    public String roleName(Member member) {
        return CouncilRole.COUNCIL_EDITOR.roleName().equals(member.role()) ? "Editor" : "Viewer";
    }

    @Override
    public String getRemovalConsequence() {
        return "They will no longer be able to see or change " + getPlaceName() + "'s records. Their sign-in account "
                + "is kept, so you can give them access again later.";
    }

    @Override
    protected List<Member> listPeople() {
        return onboarding.members(caller(), getCode());
    }

    @Override
    protected void checkOtherFields(FormErrors errors) {
        if (role() == null) {
            errors.add("role", "Select whether they may change the council's records or only read them");
        }
    }

    @Override
    protected boolean grant(PersonFields person) {
        return onboarding.grant(caller(), getCode(), person.username(), role(), person.person());
    }

    @Override
    protected void revoke(String username) {
        onboarding.revoke(caller(), getCode(), username);
    }

    @Override
    protected String givenMessage(PersonFields person) {
        return person.fullName() + " can now sign in to " + getPlaceName() + " as " + roleLabel(role().roleName())
                + " with the user name " + person.username() + ".";
    }

    @Override
    protected String removedMessage(Member member) {
        return nameOf(member) + " no longer has access to " + getPlaceName() + ".";
    }

    /** The role chosen in the form's radios, if it is one of the council's roles. */
    private CouncilRole role() {
        String chosen = FieldInput.textParameter("role");
        for (CouncilRole role : CouncilRole.values()) {
            if (role.name().equals(chosen)) {
                return role;
            }
        }
        return null;
    }

    /** What was chosen, so a refused form keeps it. */
    public String getChosenRole() {
        CouncilRole role = role();
        return role == null ? "" : role.name();
    }

    public String roleLabel(String roleName) {
        return CouncilRole.COUNCIL_EDITOR.roleName().equals(roleName) ? "an editor" : "a viewer";
    }
}
