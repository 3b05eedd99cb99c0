package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unreadable body, missing token) as problem documents. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response.StatusType status = exception.getResponse().getStatusInfo();
        String detail = status.getStatusCode() >= 500 ? null : safeDetail(exception, status);
        Response problem = Problem.response(slug(status), status.getReasonPhrase(), status.getStatusCode(), detail);
        if (exception instanceof NotAuthorizedException) {
            return Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"lga\"")
                    .build();
        }
        return problem;
    }

    private static String slug(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }

    /** Jersey's messages can name internal classes; only pass on ones we wrote ourselves. */
    private static String safeDetail(WebApplicationException exception, Response.StatusType status) {
        String message = exception.getMessage();
        if (message == null || message.startsWith("HTTP ") || message.contains("Exception")) {
            return status.getStatusCode() == 401 ? "A valid bearer token from the lga realm is required." : null;
        }
        return message;
    }
}
