package uk.gov.lga.hub.application.tenancy;

/**
 * Binds the current transaction to one challenge's peer team (implemented by the persistence module: PostgreSQL's
 * transaction-local {@code app.peer_challenge}, which alone makes that team's private notes readable).
 */
public interface TeamBinding {

    /** Must be the first thing the transaction does; called only after the caller was found on the team. */
    void bindTeam(long challengeId);
}
