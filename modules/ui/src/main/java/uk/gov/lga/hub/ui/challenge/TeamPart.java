package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.layout.Labels;

/** The peer team: adding peers, and removing one after saying what that means. */
@Named
@RequestScoped
public class TeamPart {

    private static final String REMOVE_MEMBER = "REMOVE_MEMBER";

    @Inject
    ChallengePage page;

    public String addMember() {
        ChallengeForm form = page.form();
        FormInput input = new FormInput(page.getErrors());
        String name = input.text("memberName", form.getMemberName(), "Enter the peer's name");
        TeamRole role = input.choice("memberRole", form.getMemberRole(), TeamRole.class, "Select the peer's role");
        if (!input.complete()) {
            return null;
        }
        return page.step(
                "memberName",
                name + " has joined the team.",
                () -> page.management()
                        .addTeamMember(
                                page.caller(),
                                page.getId(),
                                page.getVersion(),
                                new ChallengeManagement.TeamMemberDetails(
                                        name,
                                        role,
                                        form.getMemberPosition(),
                                        form.getMemberOrganisation(),
                                        FieldInput.blankToNull(form.getMemberGroup()),
                                        null)));
    }

    public String removeMember(long memberId, String name) {
        if (!page.confirmation().confirms(REMOVE_MEMBER, memberId)) {
            page.confirmation().ask(REMOVE_MEMBER, memberId);
            return null;
        }
        return page.step(
                "team",
                name + " has left the team.",
                () -> page.management().removeTeamMember(page.caller(), page.getId(), page.getVersion(), memberId));
    }

    public boolean removing(long memberId) {
        return page.asking(REMOVE_MEMBER, memberId);
    }

    public Map<String, String> getRoles() {
        Map<String, String> roles = new LinkedHashMap<>();
        for (TeamRole role : TeamRole.values()) {
            roles.put(role.name(), Labels.of(role));
        }
        return roles;
    }
}
