package uk.gov.lga.hub.domain.response;

import java.util.List;
import java.util.Optional;

/** Self-assessments of the council the current transaction is bound to; other councils' do not exist here. */
public interface SelfAssessmentRepository {

    Optional<SelfAssessment> findByRecommendation(long recommendationId);

    List<SelfAssessment> findByChallenge(long challengeId);

    void add(SelfAssessment assessment);

    /** Writes pending changes now, so the version a client must quote next is known. */
    void flush();
}
