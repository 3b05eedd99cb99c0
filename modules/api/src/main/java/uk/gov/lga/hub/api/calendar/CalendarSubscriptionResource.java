package uk.gov.lga.hub.api.calendar;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.api.scope.PersonalData;
import uk.gov.lga.hub.application.calendar.CalendarFeeds;
import uk.gov.lga.hub.application.calendar.CalendarSubscriptions;
import uk.gov.lga.hub.application.calendar.FeedChoice;
import uk.gov.lga.hub.application.calendar.IcsCalendar;
import uk.gov.lga.hub.application.calendar.NewSubscription;
import uk.gov.lga.hub.application.calendar.SubscriptionView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.calendar.FeedKind;

/**
 * Secret addresses for calendar apps, which cannot sign in: made, listed and revoked by the signed-in user; the
 * address itself is read without signing in, as the user who made it.
 */
@Path("v1/calendar-subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarSubscriptionResource {

    static final String FEED = "feed/{token}.ics";

    @Inject
    CalendarSubscriptions subscriptions;

    @Inject
    CalendarFeeds feeds;

    @Inject
    Caller caller;

    /** A subscription just made: {@code address} holds its secret and is shown this once. */
    public record SubscriptionAddress(long id, FeedKind feed, String target, Instant createdAt, String address) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER,
        Role.PEER
    })
    @Operation(
            operationId = "subscribeToCalendar",
            summary = "Make a secret subscription address for a calendar the caller may read",
            description = "Body: {\"feed\":\"COUNCIL\",\"council\":\"E08000026\"}, {\"feed\":\"MANAGED\"} or"
                    + " {\"feed\":\"REGION\",\"region\":\"west-midlands\"}. 201; the address is shown only now"
                    + " (only a hash of its secret is kept). It reads as the caller, with the same checks.")
    public Response subscribe(FeedChoice choice, @Context UriInfo uri) {
        NewSubscription made = subscriptions.subscribe(caller, choice);
        SubscriptionView view = made.subscription();
        String address = uri.getBaseUriBuilder()
                .path(CalendarSubscriptionResource.class)
                .path(FEED)
                .build(made.token())
                .toString();
        return Response.status(Response.Status.CREATED)
                .entity(new SubscriptionAddress(view.id(), view.feed(), view.target(), view.createdAt(), address))
                .build();
    }

    @GET
    @PersonalData
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER,
        Role.PEER
    })
    @Operation(
            operationId = "listCalendarSubscriptions",
            summary = "The caller's own subscription addresses (without their secrets)")
    public List<SubscriptionView> mine() {
        return subscriptions.mine(caller);
    }

    @DELETE
    @Path("{id}")
    @PersonalData
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER,
        Role.PEER
    })
    @Operation(
            operationId = "revokeCalendarSubscription",
            summary = "Revoke one of the caller's subscription addresses: it answers 404 from now on")
    public Response revoke(@PathParam("id") long id) {
        subscriptions.revoke(caller, id);
        return Response.noContent().build();
    }

    @GET
    @Path(FEED)
    @Produces(IcsCalendar.MEDIA_TYPE)
    @CouncilScoped
    @PermitAll
    @SecurityRequirementsSet // none: the secret in the address stands for its subscriber
    @Operation(
            operationId = "subscribedCalendar",
            summary = "The calendar behind a subscription address, read as the user who made it (no sign-in)",
            description = "Unknown or revoked: 404.")
    public Response feed(@PathParam("token") String token, @Context UriInfo uri) {
        return Calendars.ics(feeds.subscribed(token, Calendars.appRoot(uri)));
    }
}
