package uk.gov.lga.hub.application.action;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.response.ActionDetails;
import uk.gov.lga.hub.domain.response.ActionOwner;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.response.OwnerKind;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * What an editor sends to add or change an action. The owner: {@code ownerKind} USER with {@code ownerUser} (one
 * of the council's own users), ROLE with {@code ownerRole}, or TEXT with {@code ownerName} as typed (and an
 * optional {@code ownerRole}); without a kind, a name is typed text and a role alone is a role.
 *
 * @param reasonForNewDate required when the due date changes
 * @param version the version they read (changes only)
 */
public record ActionCommand(
        String description,
        OwnerKind ownerKind,
        String ownerUser,
        String ownerName,
        String ownerRole,
        LocalDate due,
        ActionStatus status,
        Rag rag,
        String reasonForNewDate,
        Long version) {

    ActionDetails details(ActionOwner.CouncilPeople people) {
        return new ActionDetails(
                description, ActionOwner.chosen(ownerKind, ownerUser, ownerName, ownerRole, people), due, status, rag);
    }
}
