package uk.gov.lga.hub.domain.council.register;

import java.util.List;
import java.util.Optional;

/** Register loads and the changes the confirmed ones made. */
public interface RegisterLoads {

    void add(RegisterLoad load);

    /**
     * Waits until no other transaction is confirming a register, and keeps others waiting until this one ends: so a
     * confirmation reads the councils after any other has committed, and sees whether they changed.
     */
    void waitForOtherConfirmations();

    Optional<RegisterLoad> find(long id);

    void record(CouncilRegisterChange change);

    /** Writes what is pending now, so a clash with another save is found inside the transaction. */
    void flush();

    /** The changes a load made, in the order they were recorded. */
    List<CouncilRegisterChange> changesOf(long loadId);
}
