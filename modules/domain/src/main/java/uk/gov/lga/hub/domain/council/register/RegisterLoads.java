package uk.gov.lga.hub.domain.council.register;

import java.util.List;
import java.util.Optional;

/** Register loads and the changes the confirmed ones made. */
public interface RegisterLoads {

    void add(RegisterLoad load);

    Optional<RegisterLoad> find(long id);

    void record(CouncilRegisterChange change);

    /** Writes what is pending now, so a clash with another save is found inside the transaction. */
    void flush();

    /** The changes a load made, in the order they were recorded. */
    List<CouncilRegisterChange> changesOf(long loadId);
}
