package uk.gov.lga.hub.application.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;
import uk.gov.lga.hub.domain.challenge.PeerChallengeRepository;
import uk.gov.lga.hub.domain.evidence.EvidenceRepository;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.PlanActionRepository;

/**
 * Builds the action plan's read model inside a transaction already bound to the council: the one place that
 * turns responses, actions, updates and evidence into what pages, exports and the API show.
 */
@ApplicationScoped
public class ActionPlans {

    @Inject
    PeerChallengeRepository challenges;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    EvidenceRepository evidence;

    @Inject
    ActionPlanRepository plans;

    @Inject
    PlanActionRepository actions;

    @Inject
    Clock clock;

    public PeerChallenge challenge(long challengeId) {
        return challenges
                .findById(challengeId)
                .orElseThrow(() -> new NotFound("There is no peer challenge " + challengeId + "."));
    }

    /** An action of this recommendation's response, or 404: an id from elsewhere is not found here. */
    public PlanAction actionUnder(long recommendationId, long actionId) {
        return actions.findById(actionId)
                .filter(a -> a.response().recommendation().id() == recommendationId)
                .orElseThrow(() -> new NotFound("There is no action " + actionId + " under this recommendation."));
    }

    public ActionPlanView viewOf(long challengeId) {
        return ActionPlanView.of(
                challenge(challengeId),
                responses.findByChallenge(challengeId),
                evidence.findByChallenge(challengeId),
                plans.findByChallenge(challengeId).orElse(null),
                LocalDate.now(clock));
    }

    public ActionPlanView.ActionView viewOf(PlanAction action) {
        long challengeId = action.response().recommendation().challenge().id();
        return viewOf(challengeId).allActions().stream()
                .filter(a -> a.id() == action.id())
                .findFirst()
                .orElseThrow();
    }
}
