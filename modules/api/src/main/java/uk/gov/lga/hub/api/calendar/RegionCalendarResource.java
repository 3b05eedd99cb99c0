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

@Path("v1/regions/{region}/calendar.ics")
@RequestScoped
@Produces(IcsCalendar.MEDIA_TYPE)
public class RegionCalendarResource {

    @Inject
    CalendarFeeds feeds;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @RolesAllowed({Role.LGA_ADMIN, Role.PEER_CHALLENGE_MANAGER, Role.PRINCIPAL_ADVISER})
    @Operation(
            operationId = "regionCalendar",
            summary = "Every council of a region: their challenge dates as one iCalendar feed (RFC 5545)",
            description = "The region's principal adviser and LGA staff.")
    public Response calendar(@PathParam("region") String region, @Context UriInfo uri) {
        return Calendars.ics(feeds.read(caller, FeedKind.REGION, region, Calendars.appRoot(uri)));
    }
}
