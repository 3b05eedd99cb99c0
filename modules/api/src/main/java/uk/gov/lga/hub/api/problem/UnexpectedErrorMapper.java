package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id, answered without a stack trace. The database being away is
 * foreseen: 503 (see {@link DatabaseUnavailableProblem}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (DatabaseUnavailableProblem.explains(error)) {
            return DatabaseUnavailableProblem.response(error);
        }
        if (causedBy(error, "jakarta.persistence.OptimisticLockException") || hasSqlState(error, "23505")) {
            return Problem.response("concurrent-change", "Someone else changed this at the same moment", 409,
                    "Your change was not saved. Load the record again and repeat it.");
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, error);
        var body = Problem.body("internal-error", "Something went wrong on our side", 500,
                "The error has been logged as incident " + incident + ".");
        body.put("incident", incident);
        return Problem.response(body);
    }

    /** Transactions wrap what went wrong in layers of their own; the cause is what decides the answer. */
    private static boolean causedBy(Throwable error, String className) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                if (c.getName().equals(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasSqlState(Throwable error, String state) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
