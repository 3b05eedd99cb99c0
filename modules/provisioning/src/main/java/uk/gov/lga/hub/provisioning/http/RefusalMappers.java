package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;
import uk.gov.lga.hub.provisioning.Conflict;
import uk.gov.lga.hub.provisioning.InvalidInput;
import uk.gov.lga.hub.provisioning.NotFound;

/**
 * The refusals the caller can act on, each answered as its problem document with the exception's message as the
 * detail. These are expected outcomes, so nothing is logged.
 */
public final class RefusalMappers {

    private RefusalMappers() {}

    public static List<Object> all() {
        return List.of(new InvalidInputMapper(), new RuleViolationMapper(), new NotFoundMapper(), new ConflictMapper());
    }

    static final class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
        @Override
        public Response toResponse(InvalidInput refusal) {
            return Problem.badRequest(refusal.getMessage()).toResponse();
        }
    }

    /** A domain rule, such as the shape of a council code, is the same 400 as any other invalid input. */
    static final class RuleViolationMapper implements ExceptionMapper<DomainRuleViolation> {
        @Override
        public Response toResponse(DomainRuleViolation refusal) {
            return Problem.badRequest(refusal.getMessage()).toResponse();
        }
    }

    static final class NotFoundMapper implements ExceptionMapper<NotFound> {
        @Override
        public Response toResponse(NotFound refusal) {
            return Problem.notFound(refusal.getMessage()).toResponse();
        }
    }

    static final class ConflictMapper implements ExceptionMapper<Conflict> {
        @Override
        public Response toResponse(Conflict refusal) {
            return Problem.conflict(refusal.getMessage()).toResponse();
        }
    }
}
