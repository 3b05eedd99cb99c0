package uk.gov.lga.hub.application.shared;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * The database's refusals that mean "someone else saved first", told apart from real faults here, once, so the
 * API and the pages see an application exception instead of inspecting the persistence provider's.
 */
public final class PersistenceFailures {

    /** PostgreSQL's unique_violation: a key another transaction took first. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** PostgreSQL's deadlock_detected: two saves met on the same rows (and revision counter, V20) in turn. */
    private static final String DEADLOCK = "40P01";

    private PersistenceFailures() {}

    /**
     * The failure as the application speaks of it: a {@link ConcurrentChange}, a {@link DatabaseAway}, or the
     * failure itself.
     */
    public static RuntimeException translated(RuntimeException failure) {
        if (failure instanceof StaleRecord || failure instanceof DatabaseAway) {
            return failure;
        }
        if (DatabaseUnavailability.explains(failure)) {
            return new DatabaseAway(failure);
        }
        return isConcurrentChange(failure) ? new ConcurrentChange() : failure;
    }

    /** Transactions wrap the database's answer in layers of their own; the innermost cause decides. */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof SQLException sql
                            && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || DEADLOCK.equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
