package uk.gov.lga.hub.persistence.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.gov.lga.hub.domain.actionplan.ActionPlan;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.actionplan.PositionStatement;

/** No council filter is written here on purpose: the tenant binding adds it to every query. */
@ApplicationScoped
public class JpaActionPlanRepository implements ActionPlanRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<ActionPlan> findByChallenge(long challengeId) {
        return em.createQuery("select p from ActionPlan p where p.challenge.id = :id", ActionPlan.class)
                .setParameter("id", challengeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ActionPlan plan) {
        em.persist(plan);
    }

    @Override
    public Optional<PositionStatement> positionStatementOf(long challengeId) {
        return em.createQuery("select s from PositionStatement s where s.challenge.id = :id", PositionStatement.class)
                .setParameter("id", challengeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(PositionStatement statement) {
        em.persist(statement);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
