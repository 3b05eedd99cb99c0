package uk.gov.lga.hub.application.fakes;

import java.util.Optional;
import uk.gov.lga.hub.domain.actionplan.ActionPlan;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;

/** The bound council's action plans and position statements. */
final class InMemoryActionPlanRepository implements ActionPlanRepository {

    private final InMemoryHub hub;

    InMemoryActionPlanRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public Optional<ActionPlan> findByChallenge(long challengeId) {
        return hub.plans.stream()
                .filter(hub::visible)
                .filter(p -> p.challenge().id() == challengeId)
                .findFirst();
    }

    @Override
    public void add(ActionPlan plan) {
        hub.plans.add(plan);
        hub.persist(plan);
    }

    @Override
    public Optional<PositionStatement> positionStatementOf(long challengeId) {
        return hub.statements.stream()
                .filter(hub::visible)
                .filter(s -> s.challenge().id() == challengeId)
                .findFirst();
    }

    @Override
    public void add(PositionStatement statement) {
        hub.statements.add(statement);
        hub.persist(statement);
    }

    @Override
    public void flush() {
        hub.flush();
    }
}
