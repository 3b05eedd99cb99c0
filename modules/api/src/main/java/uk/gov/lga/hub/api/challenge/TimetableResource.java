package uk.gov.lga.hub.api.challenge;

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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.TimetableView;
import uk.gov.lga.hub.application.challenge.VisitTimetableService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/** The visit timetable: the team's sessions on site, kept by the manager like the team (LGA data). */
@Path("v1/challenges/{id}/timetable")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.LGA_ADMIN,
    Role.PEER_CHALLENGE_MANAGER,
    Role.PRINCIPAL_ADVISER,
    Role.COUNCIL_EDITOR,
    Role.COUNCIL_VIEWER,
    Role.PEER
})
public class TimetableResource {

    @Inject
    VisitTimetableService timetables;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @Operation(
            operationId = "getVisitTimetable",
            summary = "The visit's sessions in time order, the counts of meetings and people met, and the report's"
                    + " standard paragraph they fill",
            description = "Whoever may read the challenge.")
    public TimetableView get(@PathParam("id") long id) {
        return timetables.timetable(caller, id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            operationId = "addVisitSession",
            summary = "Add a session (interview, focus group, site visit, other) to the timetable",
            description = "Times are local to the council; a session outside the on-site days gets 422, rule "
                    + "`session-outside-visit`.")
    public TimetableView add(@PathParam("id") long id, VisitTimetableService.SessionDetails session) {
        return timetables.add(caller, id, session);
    }

    @DELETE
    @Path("{sessionId}")
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(operationId = "removeVisitSession", summary = "Take a session off the timetable")
    public TimetableView remove(@PathParam("id") long id, @PathParam("sessionId") long sessionId) {
        return timetables.remove(caller, id, sessionId);
    }
}
