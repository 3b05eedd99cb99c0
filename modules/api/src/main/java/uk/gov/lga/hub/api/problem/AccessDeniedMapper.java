package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.security.AccessDenied;

@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDenied> {

    @Override
    public Response toResponse(AccessDenied denied) {
        return Problem.response("forbidden", "Forbidden", 403, denied.getMessage());
    }
}
