package uk.gov.lga.hub.application.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.response.SelfAssessmentRepository;

/**
 * The two-sided progress review: read by whoever may read the council's records, the council's side written by its
 * editors until the progress review report is published (the domain's window), each change in the council's trail.
 */
@ApplicationScoped
public class TwoSidedReviewService {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    SelfAssessmentRepository assessments;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public TwoSidedReview review(Caller caller, long challengeId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(tenant, () -> view(challenge(challengeId)));
    }

    /** Records the council's own rating of a recommendation, or revises it if the editor saw the current version. */
    public TwoSidedReview assess(
            Caller caller, long challengeId, long recommendationId, SelfAssessmentCommand command) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        SelfAssessmentCommand c = command == null ? new SelfAssessmentCommand(null, null, null) : command;
        return scope.call(tenant, () -> {
            PeerChallenge challenge = challenge(challengeId);
            KeyRecommendation recommendation = challenge.recommendations().stream()
                    .filter(r -> r.id() == recommendationId)
                    .findFirst()
                    .orElseThrow(() -> new NotFound(
                            "Challenge " + challengeId + " has no recommendation " + recommendationId + "."));
            String subject =
                    "self-assessment of recommendation " + recommendation.number() + " (challenge " + challengeId + ")";
            Optional<SelfAssessment> existing = assessments.findByRecommendation(recommendationId);
            if (existing.isEmpty()) {
                StaleRecord.requireNone(c.version(), "This self-assessment");
                SelfAssessment created = SelfAssessment.of(
                        recommendation,
                        tenant.councilCode().value(),
                        c.rag(),
                        c.narrative(),
                        tenant.actor(),
                        clock.instant());
                assessments.add(created);
                assessments.flush();
                audit.record(tenant, "self-assessment.recorded", subject, null, Snapshot.of(created));
                return view(challenge);
            }
            SelfAssessment assessment = existing.get();
            StaleRecord.requireCurrent(
                    c.version(),
                    assessment.version(),
                    "the council's rating of this recommendation",
                    () -> view(challenge));
            Snapshot before = Snapshot.of(assessment);
            assessment.revise(c.rag(), c.narrative(), tenant.actor(), clock.instant());
            assessments.flush();
            audit.record(tenant, "self-assessment.revised", subject, before, Snapshot.of(assessment));
            return view(challenge);
        });
    }

    private PeerChallenge challenge(long challengeId) {
        return challenges
                .findById(challengeId)
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
    }

    private TwoSidedReview view(PeerChallenge challenge) {
        return TwoSidedReview.of(challenge, assessments.findByChallenge(challenge.id()));
    }

    /** What the audit trail keeps of a self-assessment: its content, not its bookkeeping. */
    public record Snapshot(String rag, String narrative) {
        static Snapshot of(SelfAssessment s) {
            return new Snapshot(s.rag().name(), s.narrative());
        }
    }
}
