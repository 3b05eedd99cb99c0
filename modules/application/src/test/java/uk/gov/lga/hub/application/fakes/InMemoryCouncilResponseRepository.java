package uk.gov.lga.hub.application.fakes;

import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;

/** Responses of the bound council only; other councils' do not exist here. */
final class InMemoryCouncilResponseRepository implements CouncilResponseRepository {

    private final InMemoryHub hub;

    InMemoryCouncilResponseRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public Optional<CouncilResponse> findByRecommendation(long recommendationId) {
        return hub.responses.stream()
                .filter(hub::visible)
                .filter(r -> r.recommendation().id() == recommendationId)
                .findFirst();
    }

    @Override
    public List<CouncilResponse> findByChallenge(long challengeId) {
        return hub.responses.stream()
                .filter(hub::visible)
                .filter(r -> r.recommendation().challenge().id() == challengeId)
                .toList();
    }

    @Override
    public void add(CouncilResponse response) {
        hub.boundCouncil();
        hub.responses.add(response);
        hub.persist(response);
    }

    @Override
    public void flush() {
        hub.flush();
    }
}
