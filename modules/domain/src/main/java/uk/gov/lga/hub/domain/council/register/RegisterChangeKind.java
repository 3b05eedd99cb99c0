package uk.gov.lga.hub.domain.council.register;

/** What loading a register does to one council. Nothing is ever deleted. */
public enum RegisterChangeKind {
    ADDED,
    RENAMED,
    RETYPED,
    MOVED_REGION,
    /** The register no longer lists the council: it is flagged, and stays. */
    MISSING_FROM_REGISTER,
    /** A flagged council is listed again: the flag goes. */
    BACK_IN_REGISTER
}
