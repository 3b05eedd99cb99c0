package uk.gov.lga.hub.application.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;
import uk.gov.lga.hub.domain.actionplan.PositionStatementDraft;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;

/** The council's position statement for the progress review: drafted from its plan, edited, submitted. */
@ApplicationScoped
public class PositionStatementService {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ActionPlans plans;

    @Inject
    ActionPlanRepository statements;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public PositionStatementView statement(Caller caller, long challengeId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(
                tenant,
                () -> statements
                        .positionStatementOf(challengeId)
                        .map(PositionStatementView::of)
                        .orElseGet(
                                () -> PositionStatementView.draft(challengeId, draftOf(plans.challenge(challengeId)))));
    }

    /** Saves the council's text; the first save needs no version, later ones the version read. */
    public PositionStatementView save(Caller caller, long challengeId, String body, Long version) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            var existing = statements.positionStatementOf(challengeId);
            if (existing.isEmpty()) {
                StaleRecord.requireNone(version, "This position statement");
                PositionStatement created =
                        new PositionStatement(plans.challenge(challengeId), body, tenant.actor(), clock.instant());
                statements.add(created);
                statements.flush();
                audit.record(tenant, "position-statement.saved", subject(challengeId), null, created.body());
                return PositionStatementView.of(created);
            }
            PositionStatement statement = existing.get();
            StaleRecord.requireCurrent(
                    version, statement.version(), "the position statement", () -> PositionStatementView.of(statement));
            String before = statement.body();
            statement.revise(body, tenant.actor(), clock.instant());
            statements.flush();
            audit.record(tenant, "position-statement.saved", subject(challengeId), before, statement.body());
            return PositionStatementView.of(statement);
        });
    }

    public PositionStatementView submit(Caller caller, long challengeId) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            PositionStatement statement = statements
                    .positionStatementOf(challengeId)
                    .orElseThrow(() -> new NotFound("Save the position statement before submitting it."));
            statement.submit(tenant.actor(), clock.instant());
            statements.flush();
            audit.record(tenant, "position-statement.submitted", subject(challengeId), "DRAFT", "SUBMITTED");
            return PositionStatementView.of(statement);
        });
    }

    private String draftOf(PeerChallenge challenge) {
        return PositionStatementDraft.assemble(challenge, responses.findByChallenge(challenge.id()));
    }

    private static String subject(long challengeId) {
        return "position statement (challenge " + challengeId + ")";
    }
}
