package uk.gov.lga.hub.domain.response;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The actions of the council the current transaction is bound to. */
public interface PlanActionRepository {

    Optional<PlanAction> findById(long id);

    List<PlanAction> findByChallenge(long challengeId);

    /** The actions of several challenges in one read, each challenge's in plan order. */
    List<PlanAction> findByChallenges(Collection<Long> challengeIds);

    Optional<ProgressUpdate> findUpdate(long updateId);

    void flush();
}
