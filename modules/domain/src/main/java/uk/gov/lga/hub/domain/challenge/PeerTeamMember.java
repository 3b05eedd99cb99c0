package uk.gov.lga.hub.domain.challenge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.domain.shared.Identified;

/** A person on a challenge's peer team, as the report lists them ("Pam Smith – CEX, Newcastle City Council"). */
@Entity
@Table(name = "peer_team_member")
public class PeerTeamMember extends Identified {

    @ManyToOne(optional = false)
    @JoinColumn(name = "challenge_id")
    private PeerChallenge challenge;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    private TeamRole role;

    /** Their job at home, e.g. "CEX" or "Leader". */
    private String position;

    @Column(name = "home_organisation", nullable = false)
    private String homeOrganisation;

    /** Member peers only: their political group. */
    @Column(name = "political_group")
    private String politicalGroup;

    @Column(name = "list_order", nullable = false)
    private int listOrder;

    /** The peer's sign-in name, when they have one: it lets them read this challenge. */
    private String username;

    /** The person in the peer directory this place is theirs, when known (a plain id: the directory is outside). */
    @Column(name = "peer_id")
    private Long peerId;

    protected PeerTeamMember() {}

    PeerTeamMember(
            PeerChallenge challenge,
            int listOrder,
            String name,
            TeamRole role,
            String position,
            String homeOrganisation,
            String politicalGroup,
            String username) {
        this.challenge = challenge;
        this.listOrder = listOrder;
        this.name = DomainRuleViolation.requireText(name, "peer-name-required", "A peer's name");
        DomainRuleViolation.require(role != null, "peer-role-required", "A peer's role in the team is required.");
        this.role = role;
        this.position = position;
        this.homeOrganisation = DomainRuleViolation.requireText(
                homeOrganisation, "peer-organisation-required", "A peer's home organisation");
        DomainRuleViolation.require(
                politicalGroup == null || role == TeamRole.MEMBER_PEER || role == TeamRole.LEAD_PEER,
                "political-group-for-members-only",
                "Only member peers have a political group.");
        this.politicalGroup = politicalGroup;
        this.username = username == null || username.isBlank() ? null : username.strip();
    }

    public String name() {
        return name;
    }

    public TeamRole role() {
        return role;
    }

    public String position() {
        return position;
    }

    public String homeOrganisation() {
        return homeOrganisation;
    }

    public String politicalGroup() {
        return politicalGroup;
    }

    public String username() {
        return username;
    }

    public int listOrder() {
        return listOrder;
    }

    public Long peerId() {
        return peerId;
    }

    /** Links this place to the directory's entry for the person, once, when they join the team. */
    public void linkTo(long peer) {
        DomainRuleViolation.require(
                peerId == null || peerId == peer, "team-member-linked", "This place is already someone else's.");
        this.peerId = peer;
    }

    public PeerChallenge challenge() {
        return challenge;
    }
}
