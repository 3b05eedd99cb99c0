package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.client.exception.WebApplicationExceptionWrapper;

/**
 * The runtime's refusals of a request that fits no resource method: no such path (404), another method (405), a body
 * that is not JSON (415)... The admin client reports Keycloak's 4xx answers with the same exception types, but
 * wrapped: those are Keycloak failing us, not the caller's mistake.
 */
public final class UnmatchedRequestMapper implements ExceptionMapper<ClientErrorException> {

    private final UnexpectedFailureMapper upstream;

    @Context
    private UriInfo uri;

    @Context
    private Request request;

    public UnmatchedRequestMapper(UnexpectedFailureMapper upstream) {
        this.upstream = upstream;
    }

    @Override
    public Response toResponse(ClientErrorException error) {
        if (error instanceof WebApplicationExceptionWrapper) {
            return upstream.toResponse(error);
        }
        if (error instanceof NotFoundException) {
            return Problem.notFound("There is nothing at " + uri.getRequestUri().getRawPath() + ".")
                    .toResponse();
        }
        if (error instanceof NotAllowedException) {
            Set<String> allowed = error.getResponse().getAllowedMethods();
            // The runtime answers OPTIONS (and HEAD for GET) by itself; the caller wants the methods that do something.
            String useful = allowed.stream()
                    .filter(m -> !m.equals("OPTIONS") && !m.equals("HEAD"))
                    .sorted()
                    .collect(Collectors.joining(" or "));
            Problem problem = new Problem(
                    405,
                    "method-not-allowed",
                    "Method not allowed",
                    request.getMethod() + " is not allowed here; use " + useful + ".");
            return Response.fromResponse(problem.toResponse()).allow(allowed).build();
        }
        int status = error.getResponse().getStatus();
        return Problem.ofStatus(
                        status,
                        status == 415
                                ? "Send the body as application/json."
                                : "The request cannot be answered as it is.")
                .toResponse();
    }
}
