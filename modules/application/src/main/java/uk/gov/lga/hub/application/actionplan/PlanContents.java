package uk.gov.lga.hub.application.actionplan;

import uk.gov.lga.hub.domain.actionplan.PlanContent;

/** The part of an action plan the LGA signs off, read from the plan as pages and frozen copies hold it. */
final class PlanContents {

    private PlanContents() {}

    static PlanContent of(ActionPlanView plan) {
        return new PlanContent(
                plan.recommendations().stream().map(PlanContents::response).toList());
    }

    private static PlanContent.Response response(ActionPlanView.Entry entry) {
        return new PlanContent.Response(
                entry.number(),
                entry.title(),
                entry.answered() ? entry.response().acceptance() : null,
                entry.answered() ? entry.response().narrative() : null,
                entry.actions().stream()
                        .map(a -> new PlanContent.Action(
                                a.id(), a.description(), a.ownerName(), a.ownerRole(), a.due(), a.status()))
                        .toList());
    }
}
