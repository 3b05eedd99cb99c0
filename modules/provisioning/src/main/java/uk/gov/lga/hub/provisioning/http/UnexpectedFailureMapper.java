package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whatever no other mapper answers: a 502 when Keycloak failed us, else a 500. The details go to the log under an
 * incident number the answer carries, never into the answer.
 */
public final class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        Problem problem = problemFor(error);
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Answered " + problem.status() + ", incident " + incident, error);
        return problem.with("incident", incident).toResponse();
    }

    private static Problem problemFor(Throwable error) {
        if (error instanceof InjectedFault fault) {
            return new Problem(
                    500,
                    "injected-fault",
                    "Injected fault",
                    "Failed on purpose at '" + fault.getMessage() + "'; the change is incomplete.");
        }
        // The admin client reports Keycloak's error answers as WebApplicationException and an unreachable or
        // silent Keycloak as ProcessingException; either way the fault is upstream of us.
        if (error instanceof WebApplicationException refused) {
            return new Problem(
                    502,
                    "keycloak-failed",
                    "Keycloak refused the change",
                    "Keycloak answered HTTP " + refused.getResponse().getStatus() + ".");
        }
        if (error instanceof ProcessingException) {
            return new Problem(
                    502,
                    "keycloak-unavailable",
                    "Keycloak is unavailable",
                    "Keycloak could not be reached or did not answer in time.");
        }
        return new Problem(500, "internal-error", "Something went wrong on our side", null);
    }
}
