package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.shared.NotFound;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    @Override
    public Response toResponse(NotFound notFound) {
        return Problem.response("not-found", "Not found", 404, notFound.getMessage());
    }
}
