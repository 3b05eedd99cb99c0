package uk.gov.lga.hub.domain.challenge.workspace;

/** Where a challenge's peer workspace stands on a day. */
public enum WorkspaceState {
    /** Before the set number of weeks ahead of the on-site visit. */
    OPENS_LATER,
    /** From then until the feedback report is issued: the team reads and writes. */
    OPEN,
    /** After the report is issued, for a set number of months: the team reads only. */
    READ_ONLY,
    /** After that: nothing of the workspace is shown to the team. */
    CLOSED;

    public boolean readable() {
        return this == OPEN || this == READ_ONLY;
    }

    public boolean writable() {
        return this == OPEN;
    }
}
