package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.gov.lga.hub.provisioning.Conflict;
import uk.gov.lga.hub.provisioning.InvalidInput;
import uk.gov.lga.hub.provisioning.NotFound;

/** Turns whatever went wrong into a problem the caller may see; the details go to the log, never the answer. */
final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    static Problem toProblem(Throwable error) {
        if (error instanceof Problem problem) {
            return problem;
        }
        if (error instanceof InvalidInput invalid) {
            return Problem.badRequest(invalid.getMessage());
        }
        if (error instanceof NotFound notFound) {
            return Problem.notFound(notFound.getMessage());
        }
        if (error instanceof Conflict conflict) {
            return Problem.conflict(conflict.getMessage());
        }
        if (error instanceof InjectedFault fault) {
            return incident(new Problem(500, "injected-fault", "Injected fault",
                    "Failed on purpose at '" + fault.getMessage() + "'; the change is incomplete."), error);
        }
        // The admin client reports Keycloak's error answers as WebApplicationException and an unreachable or
        // silent Keycloak as ProcessingException; either way the fault is upstream of us.
        if (error instanceof WebApplicationException refused) {
            return incident(new Problem(502, "keycloak-failed", "Keycloak refused the change",
                    "Keycloak answered HTTP " + refused.getResponse().getStatus() + "."), error);
        }
        if (error instanceof ProcessingException) {
            return incident(new Problem(502, "keycloak-unavailable", "Keycloak is unavailable",
                    "Keycloak could not be reached or did not answer in time."), error);
        }
        return incident(new Problem(500, "internal-error", "Something went wrong on our side", null), error);
    }

    private static Problem incident(Problem problem, Throwable error) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Answered " + problem.status() + ", incident " + incident, error);
        return problem.with("incident", incident);
    }
}
