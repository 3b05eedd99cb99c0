package uk.gov.lga.hub.domain.recommendation;

import java.util.Optional;

public interface KeyRecommendationRepository {

    Optional<KeyRecommendation> findById(long id);
}
