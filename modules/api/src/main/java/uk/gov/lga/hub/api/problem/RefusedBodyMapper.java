package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import uk.gov.lga.hub.api.input.RefusedBody;

/** A body refused at the door (too large, not JSON, missing, a text too long), with the limit it broke. */
@Provider
public class RefusedBodyMapper implements ExceptionMapper<RefusedBody> {

    @Override
    public Response toResponse(RefusedBody refused) {
        Map<String, Object> body =
                Problem.body(refused.slug(), refused.title(), refused.status(), refused.getMessage());
        if (refused.field() != null) {
            body.put("field", refused.field());
        }
        if (refused.limit() != null) {
            body.put("limit", refused.limit());
        }
        return Problem.response(body);
    }
}
