package uk.gov.lga.hub.application.actionplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.actionplan.ActionPlan;
import uk.gov.lga.hub.domain.actionplan.ActionPlanRepository;
import uk.gov.lga.hub.domain.actionplan.PlanChanges;
import uk.gov.lga.hub.domain.actionplan.PlanContent;
import uk.gov.lga.hub.domain.actionplan.Submission;
import uk.gov.lga.hub.domain.challenge.PeerChallenge;

/**
 * The council's action plan as a whole: reading it, submitting it to the LGA (which freezes a numbered copy),
 * and the peer challenge manager's decision on it.
 */
@ApplicationScoped
public class ActionPlanService {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    ActionPlans views;

    @Inject
    ActionPlanRepository plans;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    public ActionPlanView plan(Caller caller, long challengeId) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(tenant, () -> views.viewOf(challengeId));
    }

    /** Submits the plan as it now stands; later edits make the next version and this one stays readable. */
    public SubmissionView submit(Caller caller, long challengeId) {
        Tenant tenant = councils.writerForChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            ActionPlan plan = planOf(views.challenge(challengeId));
            ActionPlanView current = views.viewOf(challengeId);
            String before = plan.status().name();
            Submission submission = plan.submit(
                    PlanContents.of(current), SubmissionView.freeze(current), tenant.actor(), clock.instant());
            plans.flush();
            audit.record(
                    tenant,
                    "action-plan.submitted",
                    subject(challengeId),
                    before,
                    plan.status().name() + ", version " + submission.number());
            return SubmissionView.of(submission);
        });
    }

    /** The peer challenge manager accepts the submitted version or asks for changes. */
    public SubmissionView decide(Caller caller, long challengeId, int number, DecisionCommand command) {
        Tenant tenant =
                Tenant.managementOf(caller, councils.ofChallenge(challengeId).code());
        return scope.call(tenant, () -> {
            ActionPlan plan = plans.findByChallenge(challengeId)
                    .orElseThrow(() -> new NotFound("The council has not submitted an action plan yet."));
            if (plan.submissions().size() != number) {
                throw new NotFound("Version " + number + " is not the latest submitted version of this plan.");
            }
            String before = plan.status().name();
            Submission decided = plan.decide(command.decision(), command.comment(), tenant.actor(), clock.instant());
            plans.flush();
            audit.record(
                    tenant,
                    "action-plan.decided",
                    subject(challengeId),
                    before,
                    plan.status().name() + (decided.comment() == null ? "" : ": " + decided.comment()));
            return SubmissionView.of(decided);
        });
    }

    public SubmissionView submission(Caller caller, long challengeId, int number) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(tenant, () -> SubmissionView.of(submitted(challengeId, number)));
    }

    /** What changed in submitted version {@code number} since the version before it, in words. */
    public SubmissionChanges changesIn(Caller caller, long challengeId, int number) {
        Tenant tenant = councils.readerOfChallenge(caller, challengeId);
        return scope.call(tenant, () -> {
            Submission now = submitted(challengeId, number);
            return plans.findByChallenge(challengeId)
                    .flatMap(p -> p.submission(number - 1))
                    .map(before ->
                            SubmissionChanges.between(number, PlanChanges.between(contentOf(before), contentOf(now))))
                    .orElseGet(SubmissionChanges::first);
        });
    }

    private Submission submitted(long challengeId, int number) {
        return plans.findByChallenge(challengeId)
                .flatMap(p -> p.submission(number))
                .orElseThrow(() -> new NotFound("There is no submitted version " + number + " of this plan."));
    }

    private static PlanContent contentOf(Submission submission) {
        return PlanContents.of(SubmissionView.of(submission).plan());
    }

    private ActionPlan planOf(PeerChallenge challenge) {
        return plans.findByChallenge(challenge.id()).orElseGet(() -> {
            ActionPlan created = new ActionPlan(challenge);
            plans.add(created);
            return created;
        });
    }

    static String subject(long challengeId) {
        return "action plan of challenge " + challengeId;
    }
}
