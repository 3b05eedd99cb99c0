package uk.gov.lga.hub.application.fakes;

import java.util.Optional;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.KeyRecommendationRepository;

/** Recommendations, as their challenges hold them now (a removed one is gone). */
final class InMemoryKeyRecommendationRepository implements KeyRecommendationRepository {

    private final InMemoryHub hub;

    InMemoryKeyRecommendationRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public Optional<KeyRecommendation> findById(long id) {
        return hub.challenges.stream()
                .flatMap(c -> c.recommendations().stream())
                .filter(r -> r.id() != null && r.id() == id)
                .findFirst();
    }
}
