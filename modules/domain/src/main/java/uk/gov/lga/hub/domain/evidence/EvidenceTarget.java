package uk.gov.lga.hub.domain.evidence;

/** What a piece of evidence is attached to. */
public enum EvidenceTarget {
    RESPONSE,
    ACTION,
    UPDATE,
    /** The document pack a council uploads for its challenge's peer team; attached to the challenge itself. */
    DOCUMENT_PACK
}
