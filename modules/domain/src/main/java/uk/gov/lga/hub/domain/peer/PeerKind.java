package uk.gov.lga.hub.domain.peer;

import uk.gov.lga.hub.domain.challenge.TeamRole;

/** What a person in the peer directory serves as; member peers are councillors and carry a political group. */
public enum PeerKind {
    LEAD_MEMBER_PEER(TeamRole.MEMBER_PEER),
    MEMBER_PEER(TeamRole.MEMBER_PEER),
    /** A chief executive or another lead officer: usually leads the team. */
    LEAD_OFFICER_PEER(TeamRole.LEAD_PEER),
    OFFICER_PEER(TeamRole.OFFICER_PEER),
    PEER_CHALLENGE_MANAGER(TeamRole.PEER_CHALLENGE_MANAGER);

    private final TeamRole usualRole;

    PeerKind(TeamRole usualRole) {
        this.usualRole = usualRole;
    }

    /** The role such a peer usually takes on a team, when the manager does not say. */
    public TeamRole usualRole() {
        return usualRole;
    }

    public boolean isMember() {
        return this == LEAD_MEMBER_PEER || this == MEMBER_PEER;
    }

    /** A first-time peer typed in on a team: their kind as far as the team role tells it. */
    public static PeerKind fromTeamRole(TeamRole role) {
        return switch (role) {
            case LEAD_PEER -> LEAD_OFFICER_PEER;
            case MEMBER_PEER -> MEMBER_PEER;
            case OFFICER_PEER -> OFFICER_PEER;
            case PEER_CHALLENGE_MANAGER -> PEER_CHALLENGE_MANAGER;
        };
    }
}
