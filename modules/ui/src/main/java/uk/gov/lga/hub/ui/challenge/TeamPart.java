package uk.gov.lga.hub.ui.challenge;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.peer.PeerDirectory;
import uk.gov.lga.hub.application.peer.PeerView;
import uk.gov.lga.hub.domain.challenge.TeamRole;
import uk.gov.lga.hub.ui.form.FieldInput;
import uk.gov.lga.hub.ui.form.FormInput;
import uk.gov.lga.hub.ui.layout.Labels;

/** The peer team: adding peers (from the directory or typed in), and removing one after saying what that means. */
@Named
@RequestScoped
public class TeamPart {

    private static final String REMOVE_MEMBER = "REMOVE_MEMBER";

    @Inject
    ChallengePage page;

    @Inject
    PeerDirectory directory;

    private List<PeerView> peers;

    /**
     * Adds a peer picked from the directory, or a first-time peer typed in (who joins the directory too). A peer with
     * a conflict of interest is refused with the conflicts at the reason field, and joins once a reason is given.
     */
    public String addMember() {
        ChallengeForm form = page.form();
        FormInput input = new FormInput(page.getErrors());
        Long peerId = FieldInput.number(FieldInput.blankToNull(form.getMemberPeer()));
        String name = peerId != null
                ? FieldInput.blankToNull(form.getMemberName())
                : input.text("memberName", form.getMemberName(), "Enter the peer's name, or choose them from the list");
        TeamRole role = peerId != null && FieldInput.blankToNull(form.getMemberRole()) == null
                ? null
                : input.choice("memberRole", form.getMemberRole(), TeamRole.class, "Select the peer's role");
        if (!input.complete()) {
            return null;
        }
        String reason = FieldInput.blankToNull(form.getConflictReason());
        String who = peerId != null ? nameOf(peerId) : name;
        return page.step(
                rule -> rule.equals("peer-conflict-of-interest") ? "conflictReason" : "memberName",
                who + " has joined the team.",
                () -> page.management()
                        .addTeamMember(
                                page.caller(),
                                page.getId(),
                                page.getVersion(),
                                new ChallengeManagement.TeamMemberDetails(
                                        name,
                                        role,
                                        FieldInput.blankToNull(form.getMemberPosition()),
                                        form.getMemberOrganisation(),
                                        FieldInput.blankToNull(form.getMemberGroup()),
                                        null,
                                        peerId,
                                        reason == null ? null : new ChallengeManagement.ConflictOverride(reason))));
    }

    /** The directory to pick from: "name, organisation" by id. */
    public Map<String, String> getPeers() {
        Map<String, String> options = new LinkedHashMap<>();
        for (PeerView p : peers()) {
            options.put(String.valueOf(p.id()), p.name() + ", " + p.organisation());
        }
        return options;
    }

    private List<PeerView> peers() {
        if (peers == null) {
            peers = directory.list(page.caller());
        }
        return peers;
    }

    private String nameOf(long peerId) {
        return peers().stream()
                .filter(p -> p.id() == peerId)
                .map(PeerView::name)
                .findFirst()
                .orElse("The peer");
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
