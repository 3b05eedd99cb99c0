package uk.gov.lga.hub.ui.council;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.challenge.ChallengeSummary;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.ui.layout.Labels;

/** A council user's own challenges, and where the council stands on the latest one's recommendations. */
@Named
@RequestScoped
public class CouncilChallengesPage {

    public record Line(ChallengeDetail.Recommendation recommendation, ResponseView response) {

        public String status() {
            return response == null ? "Not started" : Labels.of(response.acceptance());
        }
    }

    @Inject
    ChallengeService challenges;

    @Inject
    ResponseService responses;

    @Inject
    Caller caller;

    private List<ChallengeSummary> list;
    private ChallengeDetail latest;
    private List<Line> lines;

    public List<ChallengeSummary> getChallenges() {
        if (list == null) {
            list = challenges.challengesOf(
                    caller, caller.councilCode().orElseThrow().value());
        }
        return list;
    }

    public ChallengeDetail getLatest() {
        if (latest == null && !getChallenges().isEmpty()) {
            latest = challenges.challenge(caller, getChallenges().get(0).id());
        }
        return latest;
    }

    public List<Line> getLines() {
        if (lines == null) {
            ChallengeDetail challenge = getLatest();
            if (challenge == null) {
                lines = List.of();
            } else {
                Map<Long, ResponseView> byRecommendation = responses.responsesTo(caller, challenge.id()).stream()
                        .collect(Collectors.toMap(ResponseView::recommendationId, Function.identity()));
                lines = challenge.recommendations().stream()
                        .map(r -> new Line(r, byRecommendation.get(r.id())))
                        .toList();
            }
        }
        return lines;
    }

    public String date(java.time.LocalDate date) {
        return Labels.of(date);
    }

    public String status(ChallengeSummary challenge) {
        return Labels.of(challenge.status());
    }
}
