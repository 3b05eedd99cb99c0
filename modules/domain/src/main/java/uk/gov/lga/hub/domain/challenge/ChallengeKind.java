package uk.gov.lga.hub.domain.challenge;

public enum ChallengeKind {
    CORPORATE_PEER_CHALLENGE
}
