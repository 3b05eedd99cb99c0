package uk.gov.lga.hub.ui.council;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.challenge.ChallengeSummary;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.domain.actionplan.ActionPlanStatus;
import uk.gov.lga.hub.ui.layout.Labels;

/**
 * A council user's own challenges, where the council stands on the latest one's recommendations, and the LGA's
 * decision on its action plan (a request for changes first of all).
 */
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
    ActionPlanService plans;

    @Inject
    Caller caller;

    private List<ChallengeSummary> list;
    private ChallengeDetail latest;
    private List<Line> lines;
    private ActionPlanView plan;

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

    /** The latest challenge's action plan, once there is a report to answer; else null. */
    public ActionPlanView getPlan() {
        ChallengeDetail challenge = getLatest();
        if (plan == null && challenge != null && challenge.status().reportIssued()) {
            plan = plans.plan(caller, challenge.id());
        }
        return plan;
    }

    /** The LGA's last decision when it asked for changes, so the council sees it first; else null. */
    public ActionPlanView.SubmissionSummary getChangesRequested() {
        ActionPlanView current = getPlan();
        return current == null || current.status() != ActionPlanStatus.CHANGES_REQUESTED
                ? null
                : current.submissions().get(current.submissions().size() - 1);
    }

    public String date(java.time.LocalDate date) {
        return Labels.of(date);
    }

    public String status(ChallengeSummary challenge) {
        return Labels.of(challenge.status());
    }
}
