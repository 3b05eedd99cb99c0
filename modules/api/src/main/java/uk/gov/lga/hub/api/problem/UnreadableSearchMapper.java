package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.gov.lga.hub.application.search.UnreadableSearch;

/** A search that cannot be run as asked: 400, saying what to change. */
@Provider
public class UnreadableSearchMapper implements ExceptionMapper<UnreadableSearch> {

    @Override
    public Response toResponse(UnreadableSearch unreadable) {
        return Problem.response("unreadable-search", "The search cannot be run as asked", 400, unreadable.getMessage());
    }
}
