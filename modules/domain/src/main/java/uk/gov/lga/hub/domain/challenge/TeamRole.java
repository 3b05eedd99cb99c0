package uk.gov.lga.hub.domain.challenge;

public enum TeamRole {
    /** Usually a chief executive; leads the team. */
    LEAD_PEER,
    /** An elected member peer; the lead councillor is one. */
    MEMBER_PEER,
    OFFICER_PEER,
    /** The LGA officer who runs the challenge. */
    PEER_CHALLENGE_MANAGER
}
