package uk.gov.lga.hub.application.action;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.response.ActionDetails;
import uk.gov.lga.hub.domain.response.ActionStatus;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * What an editor sends to add or change an action.
 *
 * @param reasonForNewDate required when the due date changes
 * @param version the version they read (changes only)
 */
public record ActionCommand(
        String description,
        String ownerName,
        String ownerRole,
        LocalDate due,
        ActionStatus status,
        Rag rag,
        String reasonForNewDate,
        Long version) {

    ActionDetails details() {
        return new ActionDetails(description, ownerName, ownerRole, due, status, rag);
    }
}
