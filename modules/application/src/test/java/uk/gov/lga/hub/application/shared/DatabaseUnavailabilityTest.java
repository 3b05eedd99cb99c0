package uk.gov.lga.hub.application.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.resource.ResourceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The chains below are the shapes Payara, EclipseLink and the PostgreSQL driver really produce. */
class DatabaseUnavailabilityTest {

    @Test
    void thePoolFindingNoServerToConnectToIsUnavailability() {
        SQLException allocation = new SQLException(
                "Error in allocating a connection. Cause: Connection could not be"
                        + " allocated because: Connection to 127.0.0.1:5432 refused.",
                new ResourceException("Connection to 127.0.0.1:5432 refused."));
        assertTrue(DatabaseUnavailability.explains(new PersistenceException(
                "Exception [EclipseLink-4002]", new RuntimeException("Internal Exception", allocation))));
    }

    @Test
    void aConnectionThatBrokeMidQueryIsUnavailability() {
        SQLException io = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        assertTrue(DatabaseUnavailability.explains(new EJBException(new PersistenceException(io))));
    }

    @Test
    void aServerShuttingDownCrashingOrStartingUpIsUnavailability() {
        for (String state : new String[] {"57P01", "57P02", "57P03"}) {
            assertTrue(DatabaseUnavailability.explains(new SQLException("FATAL", state)), state);
        }
    }

    @Test
    void aCommitThatFailedBecauseTheConnectionWentIsUnavailability() {
        RollbackException rollback = new RollbackException("Transaction marked for rollback.");
        rollback.initCause(new PersistenceException(new SQLException("This connection has been closed.", "08003")));
        assertTrue(DatabaseUnavailability.explains(new TransactionalException("commit failed", rollback)));
    }

    @Test
    void aConnectionErrorReportedAsTheNextExceptionOfABatchIsUnavailability() {
        SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
        SQLException outer = new SQLException("batch failed", "XX000");
        outer.setNextException(batch);
        assertTrue(DatabaseUnavailability.explains(new PersistenceException(outer)));
    }

    @Test
    void refusalsAndBugsAreNotUnavailability() {
        assertFalse(DatabaseUnavailability.explains(
                new PersistenceException(new SQLException("duplicate key value violates unique constraint", "23505"))));
        assertFalse(DatabaseUnavailability.explains(new SQLException("new row violates row-level security", "42501")));
        assertFalse(DatabaseUnavailability.explains(
                new SQLException("canceling statement due to statement timeout", "57014")));
        assertFalse(DatabaseUnavailability.explains(new SQLException("no state")));
        assertFalse(DatabaseUnavailability.explains(new NullPointerException()));
        assertFalse(DatabaseUnavailability.explains(null));
    }
}
