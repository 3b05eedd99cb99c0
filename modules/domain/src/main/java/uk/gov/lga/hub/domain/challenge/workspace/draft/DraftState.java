package uk.gov.lga.hub.domain.challenge.workspace.draft;

/** Whose the draft is. */
public enum DraftState {
    /** The team writes it. */
    WITH_TEAM,
    /** Handed over: frozen for the peers, the manager finishes it, returns it or takes it into the report. */
    WITH_MANAGER
}
