package uk.gov.lga.hub.domain.response;

import java.time.LocalDate;
import java.util.Optional;
import uk.gov.lga.hub.domain.shared.Rag;

/**
 * What an editor writes about an action. A due date may be empty ("ongoing"); status defaults to not started;
 * the owner may be null (not given).
 */
public record ActionDetails(String description, ActionOwner owner, LocalDate due, ActionStatus status, Rag rag) {

    /** An owner given as a name and a role, as imported plans and older clients give it. */
    public ActionDetails(
            String description, String ownerName, String ownerRole, LocalDate due, ActionStatus status, Rag rag) {
        this(
                description,
                ActionOwner.chosen(null, null, ownerName, ownerRole, nobody -> Optional.empty()),
                due,
                status,
                rag);
    }
}
