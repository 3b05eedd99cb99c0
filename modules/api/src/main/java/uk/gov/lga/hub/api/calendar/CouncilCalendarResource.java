package uk.gov.lga.hub.api.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.calendar.CalendarFeeds;
import uk.gov.lga.hub.application.calendar.IcsCalendar;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.calendar.FeedKind;

@Path("v1/councils/{code}/calendar.ics")
@RequestScoped
@Produces(IcsCalendar.MEDIA_TYPE)
public class CouncilCalendarResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER
    })
    @Operation(
            operationId = "councilCalendar",
            summary = "The council's challenge dates as an iCalendar feed (RFC 5545)",
            description = "All-day events: each on-site visit, publication deadline, progress review and action due"
                    + " date, with stable UIDs. Read by whoever may read the council's detail.")
    public Response calendar(@PathParam("code") String code, @Context UriInfo uri) {
        return Calendars.ics(feeds.read(caller, FeedKind.COUNCIL, code, Calendars.appRoot(uri)));
    }
}
