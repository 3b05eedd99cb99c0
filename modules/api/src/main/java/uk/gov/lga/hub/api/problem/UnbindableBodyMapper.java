package uk.gov.lga.hub.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON that is well-formed (JsonBodyLimits saw to that) but not of the endpoint's shape: JSON-B's refusal arrives
 * wrapped by the JAX-RS reader in a ProcessingException. Any other ProcessingException is a fault of ours.
 */
@Provider
public class UnbindableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonbException || cause instanceof JsonException) {
                return Problem.response(
                        "unreadable-body",
                        "Bad Request",
                        400,
                        "The request body is not JSON of the shape this endpoint takes (see /openapi).");
            }
        }
        return new UnexpectedErrorMapper().toResponse(exception);
    }
}
