package uk.gov.lga.hub.domain.response;

import java.util.List;
import java.util.Optional;

/** The actions of the council the current transaction is bound to. */
public interface PlanActionRepository {

    Optional<PlanAction> findById(long id);

    List<PlanAction> findByChallenge(long challengeId);

    Optional<ProgressUpdate> findUpdate(long updateId);

    void flush();
}
