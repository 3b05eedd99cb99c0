package uk.gov.lga.hub.api.workspace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.download.Downloads;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.evidence.EvidenceService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.workspace.NoteView;
import uk.gov.lga.hub.application.workspace.PeerWorkspace;
import uk.gov.lga.hub.application.workspace.WorkspaceView;

/**
 * A challenge's peer workspace: its team (peers and the challenge's manager, by the user name on the team) reads
 * what the council shares and writes private notes, inside the window. Anyone else is refused by the service.
 */
@Path("v1/challenges/{challengeId}/workspace")
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
public class WorkspaceResource {

    @Inject
    PeerWorkspace workspace;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @Operation(
            operationId = "getWorkspace",
            summary = "The peer team's workspace: its window, the council's position statement and document pack",
            description = "Only the challenge's team, from the set weeks before the visit until months after the"
                    + " report is issued (403 outside, with the dates); 404 for whoever may not read the challenge.")
    public WorkspaceView workspace(@PathParam("challengeId") long challengeId) {
        return workspace.workspace(caller, challengeId);
    }

    @GET
    @Path("documents/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @CouncilScoped
    @Operation(operationId = "downloadWorkspaceDocument", summary = "Download a file of the document pack")
    public Response document(@PathParam("challengeId") long challengeId, @PathParam("evidenceId") long evidenceId) {
        EvidenceService.Download file = workspace.document(caller, challengeId, evidenceId);
        return Downloads.attachment(
                file.content(), file.evidence().contentType(), file.evidence().fileName());
    }

    @GET
    @Path("notes")
    @CouncilScoped
    @Operation(
            operationId = "listWorkspaceNotes",
            summary = "The team's private notes, oldest first",
            description = "Never shown to the council, its adviser or other challenges' peers.")
    public List<NoteView> notes(@PathParam("challengeId") long challengeId) {
        return workspace.notes(caller, challengeId);
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed({Role.PEER, Role.PEER_CHALLENGE_MANAGER})
    @Operation(
            operationId = "addWorkspaceNote",
            summary = "Write a private note on one of the challenge's themes",
            description = "Only while the workspace is open (until the report is issued); 422 when read-only.")
    public Response addNote(@PathParam("challengeId") long challengeId, PeerWorkspace.NoteCommand note) {
        return Response.status(Response.Status.CREATED)
                .entity(workspace.addNote(caller, challengeId, note))
                .build();
    }
}
