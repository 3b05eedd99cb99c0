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
}
