package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.IllegalStatusMove;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** A refused change: 409 for a lifecycle move from the wrong state, 422 for any other broken rule. */
@Provider
public class DomainRuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {

    @Override
    public Response toResponse(DomainRuleViolation violation) {
        if (violation instanceof IllegalStatusMove move) {
            Map<String, Object> body =
                    Problem.body(move.rule(), "This move is not allowed now", 409, move.getMessage());
            body.put("currentStatus", move.current());
            body.put("requestedStatus", move.requested());
            body.put("allowedMoves", move.allowedMoves());
            return Problem.response(body);
        }
        Map<String, Object> body =
                Problem.body(violation.rule(), "The change breaks a rule", 422, violation.getMessage());
        body.put("rule", violation.rule());
        return Problem.response(body);
    }
}
