package uk.gov.lga.hub.persistence.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.PlanActionRepository;
import uk.gov.lga.hub.domain.response.ProgressUpdate;

/** No council filter is written here on purpose: the tenant binding adds it to every query. */
@ApplicationScoped
public class JpaPlanActionRepository implements PlanActionRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<PlanAction> findById(long id) {
        return Optional.ofNullable(em.find(PlanAction.class, id));
    }

    @Override
    public List<PlanAction> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select a from PlanAction a where a.response.recommendation.challenge.id = :id"
                                + " order by a.response.recommendation.listOrder, a.listOrder",
                        PlanAction.class)
                .setParameter("id", challengeId)
                .getResultList();
    }

    @Override
    public List<PlanAction> findByChallenges(Collection<Long> challengeIds) {
        if (challengeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select a from PlanAction a where a.response.recommendation.challenge.id in :ids"
                                + " order by a.response.recommendation.listOrder, a.listOrder",
                        PlanAction.class)
                .setParameter("ids", challengeIds)
                .getResultList();
    }

    @Override
    public Optional<ProgressUpdate> findUpdate(long updateId) {
        return Optional.ofNullable(em.find(ProgressUpdate.class, updateId));
    }

    @Override
    public void flush() {
        em.flush();
    }
}
