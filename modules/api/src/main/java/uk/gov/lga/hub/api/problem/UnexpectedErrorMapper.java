package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: logged with an incident id, answered without a stack trace. The database being away is
 * foreseen: 503 (see {@link DatabaseUnavailableProblem}); so are two saves meeting in the database, which the
 * application layer turns into a {@code ConcurrentChange} (409, see {@link ConcurrentChangeMapper}).
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (DatabaseUnavailableProblem.explains(error)) {
            return DatabaseUnavailableProblem.response(error);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, error);
        var body = Problem.body(
                "internal-error",
                "Something went wrong on our side",
                500,
                "The error has been logged as incident " + incident + ".");
        body.put("incident", incident);
        return Problem.response(body);
    }
}
