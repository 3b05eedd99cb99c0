package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.IllegalStatusMove;
import uk.gov.lga.hub.domain.council.register.RegisterFileRefused;
import uk.gov.lga.hub.domain.council.register.RegisterLoadOutOfDate;
import uk.gov.lga.hub.domain.peer.ConflictsOfInterest;
import uk.gov.lga.hub.domain.peer.OverrideWithoutReason;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * A refused change: 409 for a lifecycle move from the wrong state, a register preview that is out of date or a peer
 * with conflicts of interest (listed, each with its reason), 400 for an override of them without a reason, 422 for
 * any other broken rule (a refused register file also lists its headings and its wrong rows by line).
 */
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
        if (violation instanceof ConflictsOfInterest conflicts) {
            Map<String, Object> body =
                    Problem.body(conflicts.rule(), "The peer has conflicts of interest", 409, conflicts.getMessage());
            body.put("rule", conflicts.rule());
            body.put(
                    "conflicts",
                    conflicts.conflicts().stream()
                            .map(c -> Map.of("reason", c.reason().name(), "detail", c.detail()))
                            .toList());
            return Problem.response(body);
        }
        if (violation instanceof OverrideWithoutReason incomplete) {
            Map<String, Object> body =
                    Problem.body(incomplete.rule(), "The override needs its reason", 400, incomplete.getMessage());
            body.put("rule", incomplete.rule());
            body.put("field", "conflictOverride.reason");
            return Problem.response(body);
        }
        if (violation instanceof RegisterLoadOutOfDate outOfDate) {
            Map<String, Object> body = Problem.body(
                    outOfDate.rule(), "This register preview can no longer be confirmed", 409, outOfDate.getMessage());
            body.put("rule", outOfDate.rule());
            return Problem.response(body);
        }
        Map<String, Object> body =
                Problem.body(violation.rule(), "The change breaks a rule", 422, violation.getMessage());
        body.put("rule", violation.rule());
        if (violation instanceof RegisterFileRefused refused) {
            body.put("headings", refused.headings());
            body.put(
                    "errors",
                    refused.problems().stream()
                            .map(p -> Map.of("line", p.line(), "message", p.message()))
                            .toList());
        }
        return Problem.response(body);
    }
}
