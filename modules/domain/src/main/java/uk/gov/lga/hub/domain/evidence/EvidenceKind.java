package uk.gov.lga.hub.domain.evidence;

public enum EvidenceKind {
    LINK,
    FILE
}
