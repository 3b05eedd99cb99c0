package uk.gov.lga.hub.application.action;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.response.ActionOwner;
import uk.gov.lga.hub.domain.response.PlanAction;

/** What the audit trail keeps of an action: its content and how many updates and date changes it has. */
public record ActionSnapshot(
        String description,
        String ownerKind,
        String ownerUser,
        String ownerName,
        String ownerRole,
        LocalDate originalDue,
        LocalDate due,
        String status,
        String rag,
        int updates,
        int dateChanges,
        String latestUpdate) {

    public static ActionSnapshot of(PlanAction a) {
        return new ActionSnapshot(
                a.description(),
                a.owner().map(o -> o.kind().name()).orElse(null),
                a.owner().map(ActionOwner::username).orElse(null),
                a.ownerName(),
                a.ownerRole(),
                a.originalDue(),
                a.due(),
                a.status().name(),
                a.rag() == null ? null : a.rag().name(),
                a.updates().size(),
                a.dueDateChanges().size(),
                a.updates().isEmpty()
                        ? null
                        : a.updates().get(a.updates().size() - 1).narrative());
    }
}
