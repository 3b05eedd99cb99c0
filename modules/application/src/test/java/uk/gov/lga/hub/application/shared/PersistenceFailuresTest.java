package uk.gov.lga.hub.application.shared;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PersistenceFailuresTest {

    @Test
    void anOptimisticLockDeepInsideATransactionFailureIsAConcurrentChange() {
        RuntimeException atCommit = new IllegalStateException(
                "commit failed", new PersistenceException("rollback", new OptimisticLockException("version moved")));
        assertInstanceOf(ConcurrentChange.class, PersistenceFailures.translated(atCommit));
    }

    @Test
    void aUniqueKeyTakenByAnotherTransactionIsAConcurrentChange() {
        RuntimeException duplicate = new PersistenceException(
                "insert failed", new SQLException("duplicate key value violates unique constraint", "23505"));
        assertInstanceOf(ConcurrentChange.class, PersistenceFailures.translated(duplicate));
    }

    @Test
    void otherDatabaseFaultsAndTheApplicationsOwnRefusalsPassUnchanged() {
        RuntimeException fault = new PersistenceException("broken", new SQLException("syntax error", "42601"));
        assertSame(fault, PersistenceFailures.translated(fault));
        StaleRecord stale = new StaleRecord("old version", "current");
        assertSame(stale, PersistenceFailures.translated(stale));
        NotFound missing = new NotFound("nothing here");
        assertSame(missing, PersistenceFailures.translated(missing));
    }

    /** A commit the database connection failed (closed under it) comes out as a plain DatabaseAway, never as the
     * container's TransactionalException, which JAX-RS's own mapper would answer with 500. */
    @Test
    void aCommitTheDatabaseFailedIsTheDatabaseBeingAway() {
        jakarta.transaction.SystemException system = new jakarta.transaction.SystemException();
        system.initCause(new javax.transaction.xa.XAException("This connection has been closed."));
        RuntimeException atCommit = new jakarta.transaction.TransactionalException("commit failed", system);
        RuntimeException translated = PersistenceFailures.translated(atCommit);
        assertInstanceOf(DatabaseAway.class, translated);
        assertSame(atCommit, translated.getCause());
    }
}
