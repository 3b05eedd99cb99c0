package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.shared.StaleRecord;

/** A save based on an old version: 409 with the record as it is now, never a silent overwrite. */
@Provider
public class StaleRecordMapper implements ExceptionMapper<StaleRecord> {

    @Override
    public Response toResponse(StaleRecord stale) {
        var body = Problem.body("stale-version", "Someone else changed this first", 409, stale.getMessage());
        if (stale.current() != null) {
            body.put("current", stale.current());
        }
        return Problem.response(body);
    }
}
