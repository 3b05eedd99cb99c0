package uk.gov.lga.hub.domain.challenge.workspace.draft;

/** In what capacity someone works on a draft report; the application decides it from the caller and the team. */
public enum DraftRole {
    /** A peer on the challenge's team. */
    PEER,
    /** The peer challenge manager on the challenge's team. */
    MANAGER,
    /** An LGA administrator, not on the team: stands in for the manager, never writes the team's words. */
    ADMINISTRATOR;

    boolean onTeam() {
        return this != ADMINISTRATOR;
    }

    boolean managing() {
        return this != PEER;
    }
}
