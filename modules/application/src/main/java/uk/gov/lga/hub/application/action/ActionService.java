package uk.gov.lga.hub.application.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.actionplan.ActionPlans;
import uk.gov.lga.hub.application.audit.AuditLog;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.application.shared.StaleRecord;
import uk.gov.lga.hub.application.tenancy.CouncilDataScope;
import uk.gov.lga.hub.application.tenancy.Tenant;
import uk.gov.lga.hub.domain.response.CouncilResponse;
import uk.gov.lga.hub.domain.response.CouncilResponseRepository;
import uk.gov.lga.hub.domain.response.PlanAction;
import uk.gov.lga.hub.domain.response.PlanActionRepository;
import uk.gov.lga.hub.domain.response.ProgressUpdate;

/**
 * The actions under a council's response, and their progress updates. Editors of the council write; each change
 * is one audit entry with the action before and after, in the same transaction.
 */
@ApplicationScoped
public class ActionService {

    @Inject
    CouncilDataScope scope;

    @Inject
    CouncilDirectory councils;

    @Inject
    CouncilResponseRepository responses;

    @Inject
    PlanActionRepository actions;

    @Inject
    ActionPlans plans;

    @Inject
    AuditLog audit;

    @Inject
    Colleagues colleagues;

    @Inject
    Clock clock;

    public ActionPlanView.ActionView add(Caller caller, long recommendationId, ActionCommand command) {
        Tenant tenant = councils.writerForRecommendation(caller, recommendationId);
        return scope.call(tenant, () -> {
            CouncilResponse response = responses
                    .findByRecommendation(recommendationId)
                    .orElseThrow(() -> new NotFound(
                            "Record the council's response to this recommendation before adding actions."));
            PlanAction action =
                    response.addAction(command.details(colleagues.peopleOf(tenant)), tenant.actor(), clock.instant());
            actions.flush();
            audit.record(tenant, "action.added", subject(action), null, ActionSnapshot.of(action));
            return plans.viewOf(action);
        });
    }

    /** Changes an action if the editor saw its current version; a new due date needs a reason. */
    public ActionPlanView.ActionView revise(
            Caller caller, long recommendationId, long actionId, ActionCommand command) {
        Tenant tenant = councils.writerForRecommendation(caller, recommendationId);
        return scope.call(tenant, () -> {
            PlanAction action = plans.actionUnder(recommendationId, actionId);
            StaleRecord.requireCurrent(command.version(), action.version(), "this action", () -> plans.viewOf(action));
            ActionSnapshot before = ActionSnapshot.of(action);
            action.revise(
                    command.details(colleagues.peopleOf(tenant)),
                    command.reasonForNewDate(),
                    tenant.actor(),
                    clock.instant());
            actions.flush();
            audit.record(tenant, "action.revised", subject(action), before, ActionSnapshot.of(action));
            return plans.viewOf(action);
        });
    }

    /** Adds an update. Updates never conflict: they are added, never overwritten. */
    public ActionPlanView.UpdateView recordUpdate(
            Caller caller, long recommendationId, long actionId, UpdateCommand command) {
        Tenant tenant = councils.writerForRecommendation(caller, recommendationId);
        return scope.call(tenant, () -> {
            PlanAction action = plans.actionUnder(recommendationId, actionId);
            ActionSnapshot before = ActionSnapshot.of(action);
            LocalDate writtenOn = command.writtenOn() == null ? LocalDate.now(clock) : command.writtenOn();
            ProgressUpdate update = action.recordUpdate(
                    writtenOn,
                    command.narrative(),
                    command.newStatus(),
                    command.newRag(),
                    tenant.actor(),
                    clock.instant());
            actions.flush();
            audit.record(tenant, "action.update-added", subject(action), before, ActionSnapshot.of(action));
            return new ActionPlanView.UpdateView(
                    update.id(),
                    update.writtenOn(),
                    update.narrative(),
                    update.newStatus(),
                    update.newRag(),
                    update.author(),
                    update.recordedAt(),
                    List.of());
        });
    }

    /** The council's users an editor may choose as an action's owner. */
    public List<Colleagues.Colleague> possibleOwners(Caller caller, long recommendationId) {
        Tenant tenant = councils.writerForRecommendation(caller, recommendationId);
        return scope.call(tenant, () -> colleagues.of(tenant));
    }

    public List<ActionPlanView.UpdateView> updates(Caller caller, long recommendationId, long actionId) {
        Tenant tenant = councils.readerOfRecommendation(caller, recommendationId);
        return scope.call(
                tenant,
                () -> plans.viewOf(plans.actionUnder(recommendationId, actionId))
                        .updates());
    }

    static String subject(PlanAction action) {
        return "action " + action.listOrder() + " of recommendation "
                + action.response().recommendation().number() + " (challenge "
                + action.response().recommendation().challenge().id() + ")";
    }
}
