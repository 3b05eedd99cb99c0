package uk.gov.lga.hub.domain.response;

import java.time.LocalDate;
import uk.gov.lga.hub.domain.shared.Rag;

/** What an editor writes about an action. A due date may be empty ("ongoing"); status defaults to not started. */
public record ActionDetails(
        String description, String ownerName, String ownerRole, LocalDate due, ActionStatus status, Rag rag) {}
