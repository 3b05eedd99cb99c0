package uk.gov.lga.hub.application.fakes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.PlanActionRepository;
import uk.gov.lga.hub.domain.response.ProgressUpdate;

/** The bound council's actions, as their responses hold them. */
final class InMemoryPlanActionRepository implements PlanActionRepository {

    private final InMemoryHub hub;

    InMemoryPlanActionRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    private Stream<PlanAction> actions() {
        return hub.responses.stream().filter(hub::visible).flatMap(r -> r.actions().stream());
    }

    @Override
    public Optional<PlanAction> findById(long id) {
        return actions().filter(a -> a.id() != null && a.id() == id).findFirst();
    }

    @Override
    public List<PlanAction> findByChallenges(Collection<Long> challengeIds) {
        return actions()
                .filter(a -> challengeIds.contains(
                        a.response().recommendation().challenge().id()))
                .toList();
    }

    @Override
    public List<PlanAction> findByChallenge(long challengeId) {
        return actions()
                .filter(a -> a.response().recommendation().challenge().id() == challengeId)
                .toList();
    }

    @Override
    public Optional<ProgressUpdate> findUpdate(long updateId) {
        return actions()
                .flatMap(a -> a.updates().stream())
                .filter(u -> u.id() != null && u.id() == updateId)
                .findFirst();
    }

    @Override
    public void flush() {
        hub.flush();
    }
}
