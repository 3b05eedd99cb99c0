package uk.gov.lga.hub.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.PersonalData;
import uk.gov.lga.hub.application.notification.NotificationCentre;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.notification.Frequency;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** The signed-in person's notification centre: what the Hub told them, and how often they want to hear. */
@Path("v1/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.LGA_ADMIN,
    Role.PEER_CHALLENGE_MANAGER,
    Role.PRINCIPAL_ADVISER,
    Role.COUNCIL_EDITOR,
    Role.COUNCIL_VIEWER
})
public class NotificationResource {

    @Inject
    NotificationCentre centre;

    @Inject
    Caller caller;

    /** How often to hear about what is not urgent. */
    public record Preference(String frequency) {}

    /** The open ones and how many. */
    public record Inbox(long open, List<NotificationCentre.Item> notifications) {}

    @GET
    @PersonalData
    @Operation(
            operationId = "myNotifications",
            summary = "My notifications, newest first (`all=true` includes those marked done)")
    public Inbox mine(@QueryParam("all") boolean all) {
        return new Inbox(centre.openCount(caller), centre.mine(caller, all));
    }

    @POST
    @Path("{id}/done")
    @PersonalData
    @Operation(
            operationId = "markNotificationDone",
            summary = "Mark one of my notifications done (someone else's: 404)")
    public NotificationCentre.Item done(@PathParam("id") long id) {
        return centre.markDone(caller, id);
    }

    @GET
    @Path("preferences")
    @PersonalData
    @Operation(operationId = "myNotificationPreference", summary = "How often I hear about what is not urgent")
    public Preference preference() {
        return new Preference(centre.frequency(caller).name());
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @PersonalData
    @Operation(
            operationId = "chooseNotificationPreference",
            summary = "Choose IMMEDIATELY, DAILY, WEEKLY or OFF for what is not urgent",
            description = "Overdue and escalated notifications always go at once, whatever is chosen.")
    public Preference choose(Preference chosen) {
        Frequency frequency;
        try {
            frequency = Frequency.valueOf(chosen == null || chosen.frequency() == null ? "" : chosen.frequency());
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(
                    "frequency-unknown", "Choose IMMEDIATELY, DAILY, WEEKLY or OFF for how often you hear.");
        }
        return new Preference(centre.choose(caller, frequency).name());
    }
}
