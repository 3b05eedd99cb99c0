package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.logging.Logger;
import uk.gov.lga.hub.application.shared.DatabaseUnavailability;

/**
 * The database is not there right now (see {@link DatabaseUnavailability}): 503 with {@code Retry-After}, so a
 * client waits a few seconds and sends the request again. It is not an incident: a warning without the stack
 * trace is logged, since an outage brings one per request.
 *
 * <p>Not an {@code ExceptionMapper} of its own: JAX-RS chooses a mapper by the exception's class, and this
 * failure arrives in many (PersistenceException, EJBException, TransactionalException, …); only the chain of
 * causes tells, so the catch-all {@link UnexpectedErrorMapper} asks first.
 */
final class DatabaseUnavailableProblem {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableProblem.class.getName());

    private DatabaseUnavailableProblem() {}

    static boolean explains(Throwable error) {
        return DatabaseUnavailability.explains(error);
    }

    static Response response(Throwable error) {
        LOG.warning(() -> "Database unavailable, answered 503: " + error);
        Response problem = Problem.response(
                "the-service-is-briefly-unavailable",
                "The service is briefly unavailable",
                503,
                "The database is not answering just now. Try again in a few seconds.");
        return Response.fromResponse(problem)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailability.RETRY_AFTER_SECONDS)
                .build();
    }
}
