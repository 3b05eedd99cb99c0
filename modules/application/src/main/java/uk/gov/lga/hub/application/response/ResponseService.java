package uk.gov.lga.hub.application.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.KeyRecommendationRepository;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;

/** A council's responses to its recommendations: read by its users and the LGA, written by its editors. */
@ApplicationScoped
public class ResponseService {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    KeyRecommendationRepository recommendations;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public List<ResponseView> responsesTo(Caller caller, long challengeId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(
                tenant,
                () -> responses.findByChallenge(challengeId).stream()
                        .map(ResponseView::of)
                        .toList());
    }

    public ResponseView responseTo(Caller caller, long recommendationId) {
        Tenant tenant = councils.readerOfRecommendation(caller, recommendationId);
        return scope.call(
                tenant,
                () -> responses
                        .findByRecommendation(recommendationId)
                        .map(ResponseView::of)
                        .orElseThrow(() -> new NotFound("The council has not responded to this recommendation yet.")));
    }

    /** Records the council's response, or revises it if the editor saw the current version. */
    public ResponseView respond(Caller caller, long recommendationId, ResponseCommand command) {
        Tenant tenant = councils.writerForRecommendation(caller, recommendationId);
        return scope.call(tenant, () -> {
            KeyRecommendation recommendation = recommendations
                    .findById(recommendationId)
                    .orElseThrow(() -> new NotFound("There is no recommendation " + recommendationId + "."));
            String subject = "recommendation " + recommendation.number() + " of challenge "
                    + recommendation.challenge().id();
            Optional<CouncilResponse> existing = responses.findByRecommendation(recommendationId);
            if (existing.isEmpty()) {
                StaleRecord.requireNone(command.version(), "This response");
                CouncilResponse created = CouncilResponse.to(
                        recommendation,
                        tenant.councilCode().value(),
                        command.acceptance(),
                        command.narrative(),
                        tenant.actor(),
                        clock.instant());
                responses.add(created);
                responses.flush();
                audit.record(tenant, "response.created", subject, null, snapshot(created));
                return ResponseView.of(created);
            }
            CouncilResponse response = existing.get();
            StaleRecord.requireCurrent(
                    command.version(), response.version(), "this response", () -> ResponseView.of(response));
            ResponseView before = ResponseView.of(response);
            response.revise(command.acceptance(), command.narrative(), tenant.actor(), clock.instant());
            responses.flush();
            audit.record(tenant, "response.revised", subject, snapshot(before), snapshot(response));
            return ResponseView.of(response);
        });
    }

    /** What the audit trail keeps of a response: its content, not its bookkeeping. */
    private static Snapshot snapshot(CouncilResponse response) {
        return new Snapshot(response.acceptance().name(), response.narrative());
    }

    private static Snapshot snapshot(ResponseView view) {
        return new Snapshot(view.acceptance().name(), view.narrative());
    }

    public record Snapshot(String acceptance, String narrative) {}
}
