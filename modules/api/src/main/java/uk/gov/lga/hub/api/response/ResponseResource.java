package uk.gov.lga.hub.api.response;

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
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.action.ActionCommand;
import uk.gov.lga.hub.application.action.ActionService;
import uk.gov.lga.hub.application.action.UpdateCommand;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.evidence.EvidenceService;
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
    ActionService actions;

    @Inject
    EvidenceService evidence;

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
    @Operation(operationId = "getResponse", summary = "The council's response to one recommendation")
    public ResponseView ofRecommendation(@PathParam("id") long recommendationId) {
        return responses.responseTo(caller, recommendationId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            summary = "Record or revise the council's response",
            description = "Council editors, for their own council's recommendations. Send the version you read "
                    + "(none for a first response); a stale version gets 409 with the current response.")
    public ResponseView respond(@PathParam("id") long recommendationId, ResponseCommand command) {
        return responses.respond(caller, recommendationId, command);
    }

    // The plan's actions under this response, their updates, and evidence. Council editors write; readers read.

    @POST
    @Path("actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Add an action under the council's response")
    public Response addAction(@PathParam("id") long recommendationId, ActionCommand command) {
        return Response.status(Response.Status.CREATED)
                .entity(actions.add(caller, recommendationId, command))
                .build();
    }

    @PUT
    @Path("actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            summary = "Change an action",
            description = "Send the version you read; a stale version gets 409 with the current action. A new due"
                    + " date needs reasonForNewDate; the original date and every change stay on record.")
    public ActionPlanView.ActionView reviseAction(
            @PathParam("id") long recommendationId, @PathParam("actionId") long actionId, ActionCommand command) {
        return actions.revise(caller, recommendationId, actionId, command);
    }

    @GET
    @Path("actions/{actionId}/updates")
    @CouncilScoped
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER
    })
    @Operation(operationId = "listActionUpdates", summary = "The action's progress updates, oldest first")
    public List<ActionPlanView.UpdateView> updates(
            @PathParam("id") long recommendationId, @PathParam("actionId") long actionId) {
        return actions.updates(caller, recommendationId, actionId);
    }

    @POST
    @Path("actions/{actionId}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Add a progress update to an action", description = "Updates are added, never changed.")
    public Response addUpdate(
            @PathParam("id") long recommendationId, @PathParam("actionId") long actionId, UpdateCommand command) {
        return Response.status(Response.Status.CREATED)
                .entity(actions.recordUpdate(caller, recommendationId, actionId, command))
                .build();
    }

    @POST
    @Path("evidence/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            summary = "Link evidence to the response, or to one of its actions or updates",
            description = "Give action (and update) to attach it there instead of to the response.")
    public Response addLink(
            @PathParam("id") long recommendationId,
            @QueryParam("action") Long actionId,
            @QueryParam("update") Long updateId,
            EvidenceService.LinkCommand link) {
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addLink(
                        caller, new EvidenceService.Attachment(recommendationId, actionId, updateId), link))
                .build();
    }

    @POST
    @Path("evidence/files")
    @Consumes(MediaType.WILDCARD)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            summary = "Upload an evidence file (the request body is the file)",
            description = "PDF, Word, Excel, PowerPoint, CSV, text, PNG or JPEG, up to 10 MB; the type is read from"
                    + " the content and must match fileName's extension. 413 when too large, 422 for a refused type;"
                    + " nothing is stored either way.")
    public Response addFile(
            @PathParam("id") long recommendationId,
            @QueryParam("action") Long actionId,
            @QueryParam("update") Long updateId,
            @QueryParam("title") String title,
            @QueryParam("fileName") String fileName,
            InputStream file) {
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addFile(
                        caller,
                        new EvidenceService.Attachment(recommendationId, actionId, updateId),
                        title,
                        fileName,
                        file))
                .build();
    }
}
