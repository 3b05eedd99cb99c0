package uk.gov.lga.hub.domain.challenge;

import java.util.Optional;

public interface KeyRecommendationRepository {

    Optional<KeyRecommendation> findById(long id);
}
