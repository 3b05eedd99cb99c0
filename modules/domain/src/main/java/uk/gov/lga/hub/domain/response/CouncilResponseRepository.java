package uk.gov.lga.hub.domain.response;

import java.util.List;
import java.util.Optional;

/** Responses of the council the current transaction is bound to; other councils' do not exist here. */
public interface CouncilResponseRepository {

    Optional<CouncilResponse> findByRecommendation(long recommendationId);

    List<CouncilResponse> findByChallenge(long challengeId);

    void add(CouncilResponse response);

    /** Writes pending changes now, so the version a client must quote next is known. */
    void flush();
}
