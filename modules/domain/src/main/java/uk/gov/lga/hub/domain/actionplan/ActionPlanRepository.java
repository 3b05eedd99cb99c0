package uk.gov.lga.hub.domain.actionplan;

import java.util.Optional;

/** Action plans and position statements of the council the current transaction is bound to. */
public interface ActionPlanRepository {

    Optional<ActionPlan> findByChallenge(long challengeId);

    void add(ActionPlan plan);

    Optional<PositionStatement> positionStatementOf(long challengeId);

    void add(PositionStatement statement);

    void flush();
}
