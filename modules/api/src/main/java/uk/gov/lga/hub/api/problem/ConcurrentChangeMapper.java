package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.shared.ConcurrentChange;

/** Two saves met in the database: 409, load again and repeat (there is no single current record to show). */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<ConcurrentChange> {

    @Override
    public Response toResponse(ConcurrentChange change) {
        return Problem.response(
                "concurrent-change", "Someone else changed this at the same moment", 409, change.getMessage());
    }
}
