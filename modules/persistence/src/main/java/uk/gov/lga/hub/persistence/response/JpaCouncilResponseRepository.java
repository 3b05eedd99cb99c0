package uk.gov.lga.hub.persistence.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;

/** No council filter is written here on purpose: the tenant binding adds it to every query. */
@ApplicationScoped
public class JpaCouncilResponseRepository implements CouncilResponseRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<CouncilResponse> findByRecommendation(long recommendationId) {
        return em.createQuery("select r from CouncilResponse r where r.recommendation.id = :id", CouncilResponse.class)
                .setParameter("id", recommendationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CouncilResponse> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select r from CouncilResponse r where r.recommendation.challenge.id = :id"
                                + " order by r.recommendation.listOrder",
                        CouncilResponse.class)
                .setParameter("id", challengeId)
                .getResultList();
    }

    @Override
    public void add(CouncilResponse response) {
        em.persist(response);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
