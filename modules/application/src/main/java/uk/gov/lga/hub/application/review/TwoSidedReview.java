package uk.gov.lga.hub.application.review;

import java.time.Instant;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;
import uk.gov.lga.hub.domain.challenge.KeyRecommendation;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.RecommendationProgress;
import uk.gov.lga.hub.domain.progress.SelfRatingGaps;
import uk.gov.lga.hub.domain.response.SelfAssessment;
import uk.gov.lga.hub.domain.shared.Rag;
import uk.gov.lga.hub.domain.shared.RatingGap;

/**
 * The progress review from both sides: for each recommendation the council's own rating and narrative beside the
 * peers' rating and comment, and the gap between them (null while either side has not rated).
 *
 * @param selfAssessmentOpen the council may still record or revise its own ratings (until the review report is out)
 */
public record TwoSidedReview(
        long challengeId,
        String councilCode,
        String councilName,
        ChallengeStatus status,
        boolean selfAssessmentOpen,
        List<RecommendationSides> recommendations,
        SelfRatingGaps gaps) {

    /** @param version what the council's next save of its own rating must quote; null before its first */
    public record RecommendationSides(
            Long recommendationId,
            String number,
            String title,
            Rag peersRag,
            String peersFeedback,
            Rag councilRag,
            String councilNarrative,
            RatingGap gap,
            String councilUpdatedBy,
            Instant councilUpdatedAt,
            Long version) {}

    public static TwoSidedReview of(PeerChallenge challenge, Collection<SelfAssessment> own) {
        List<RecommendationSides> lines = lines(challenge, own);
        return new TwoSidedReview(
                challenge.id(),
                challenge.council().code(),
                challenge.council().name(),
                challenge.status(),
                challenge.status().selfAssessmentOpen(),
                lines,
                SelfRatingGaps.of(lines.stream().map(RecommendationSides::gap).toList()));
    }

    /**
     * Every recommendation of the challenge, in the report's order, with whatever each side has said of it. Matched by
     * the recommendation itself, not its id: a report frozen as it is loaded (demo data) has no ids yet.
     */
    public static List<RecommendationSides> lines(PeerChallenge challenge, Collection<SelfAssessment> own) {
        Map<KeyRecommendation, RecommendationProgress> peers = new IdentityHashMap<>();
        challenge.recommendationProgress().forEach(p -> peers.put(p.recommendation(), p));
        Map<KeyRecommendation, SelfAssessment> council = new IdentityHashMap<>();
        own.forEach(s -> council.put(s.recommendation(), s));
        return challenge.recommendations().stream()
                .map(r -> line(r, peers.get(r), council.get(r)))
                .toList();
    }

    private static RecommendationSides line(KeyRecommendation r, RecommendationProgress peers, SelfAssessment council) {
        Rag peersRag = peers == null ? null : peers.rag();
        Rag councilRag = council == null ? null : council.rag();
        return new RecommendationSides(
                r.id(),
                r.number(),
                r.title(),
                peersRag,
                peers == null ? null : peers.feedback(),
                councilRag,
                council == null ? null : council.narrative(),
                RatingGap.between(councilRag, peersRag),
                council == null ? null : council.updatedBy(),
                council == null ? null : council.updatedAt(),
                council == null ? null : council.version());
    }
}
