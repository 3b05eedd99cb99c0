package uk.gov.lga.hub.persistence.response;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.response.SelfAssessmentRepository;

/** No council filter is written here on purpose: the tenant binding adds it to every query. */
@ApplicationScoped
public class JpaSelfAssessmentRepository implements SelfAssessmentRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<SelfAssessment> findByRecommendation(long recommendationId) {
        return em.createQuery("select s from SelfAssessment s where s.recommendation.id = :id", SelfAssessment.class)
                .setParameter("id", recommendationId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<SelfAssessment> findByChallenge(long challengeId) {
        return em.createQuery(
                        "select s from SelfAssessment s where s.recommendation.challenge.id = :id"
                                + " order by s.recommendation.listOrder",
                        SelfAssessment.class)
                .setParameter("id", challengeId)
                .getResultList();
    }

    @Override
    public void add(SelfAssessment assessment) {
        em.persist(assessment);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
