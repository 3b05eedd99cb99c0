package uk.gov.lga.hub.domain.evidence;

/** What a piece of evidence is attached to. */
public enum EvidenceTarget {
    RESPONSE,
    ACTION,
    UPDATE
}
