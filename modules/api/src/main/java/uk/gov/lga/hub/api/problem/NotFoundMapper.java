package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.shared.NotFound;

@Provider
public class NotFoundMapper implements ExceptionMapper<NotFound> {

    /** The same detail for every 404: what is missing and what is hidden from this caller must read alike. */
    @Override
    public Response toResponse(NotFound notFound) {
        return Problem.response("not-found", "Not found", 404, NotFound.NOTHING_HERE);
    }
}
