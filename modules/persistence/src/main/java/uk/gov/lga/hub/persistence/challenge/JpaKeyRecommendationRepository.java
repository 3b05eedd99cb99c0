package uk.gov.lga.hub.persistence.challenge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.KeyRecommendationRepository;

@ApplicationScoped
public class JpaKeyRecommendationRepository implements KeyRecommendationRepository {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public Optional<KeyRecommendation> findById(long id) {
        return Optional.ofNullable(em.find(KeyRecommendation.class, id));
    }
}
