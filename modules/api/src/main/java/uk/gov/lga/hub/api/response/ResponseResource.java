package uk.gov.lga.hub.api.response;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.response.ResponseCommand;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/** A council's response to one key recommendation. Whose council is always taken from the token. */
@Path("v1/recommendations/{id}/response")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ResponseResource {

    @Inject
    ResponseService responses;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @RolesAllowed({Role.LGA_ADMIN, Role.PEER_CHALLENGE_MANAGER, Role.PRINCIPAL_ADVISER, Role.COUNCIL_EDITOR,
            Role.COUNCIL_VIEWER})
    @Operation(summary = "The council's response to one recommendation")
    public ResponseView ofRecommendation(@PathParam("id") long recommendationId) {
        return responses.responseTo(caller, recommendationId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Record or revise the council's response",
            description = "Council editors, for their own council's recommendations. Send the version you read "
                    + "(none for a first response); a stale version gets 409 with the current response.")
    public ResponseView respond(@PathParam("id") long recommendationId, ResponseCommand command) {
        return responses.respond(caller, recommendationId, command);
    }
}
