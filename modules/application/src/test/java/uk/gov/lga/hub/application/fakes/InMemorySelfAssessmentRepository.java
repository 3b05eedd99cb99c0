package uk.gov.lga.hub.application.fakes;

import java.util.List;
import java.util.Optional;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.response.SelfAssessmentRepository;

/** Self-assessments of the bound council only; other councils' do not exist here. */
final class InMemorySelfAssessmentRepository implements SelfAssessmentRepository {

    private final InMemoryHub hub;

    InMemorySelfAssessmentRepository(InMemoryHub hub) {
        this.hub = hub;
    }

    @Override
    public Optional<SelfAssessment> findByRecommendation(long recommendationId) {
        return hub.selfAssessments.stream()
                .filter(hub::visible)
                .filter(s -> s.recommendation().id() == recommendationId)
                .findFirst();
    }

    @Override
    public List<SelfAssessment> findByChallenge(long challengeId) {
        return hub.selfAssessments.stream()
                .filter(hub::visible)
                .filter(s -> s.recommendation().challenge().id() == challengeId)
                .toList();
    }

    @Override
    public void add(SelfAssessment assessment) {
        hub.boundCouncil();
        hub.selfAssessments.add(assessment);
        hub.persist(assessment);
    }

    @Override
    public void flush() {
        hub.flush();
    }
}
