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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.evidence.EvidenceService;
import uk.gov.lga.hub.application.evidence.EvidenceView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/** The document pack a council uploads for its challenge's peer team: the council's own data, behind its wall. */
@Path("v1/challenges/{challengeId}/document-pack")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.LGA_ADMIN,
    Role.PEER_CHALLENGE_MANAGER,
    Role.PRINCIPAL_ADVISER,
    Role.COUNCIL_EDITOR,
    Role.COUNCIL_VIEWER
})
public class DocumentPackResource {

    @Inject
    EvidenceService evidence;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @Operation(operationId = "getDocumentPack", summary = "The challenge's document pack, every version")
    public List<EvidenceView> pack(@PathParam("challengeId") long challengeId) {
        return evidence.documentPack(caller, challengeId);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            operationId = "addToDocumentPack",
            summary = "Upload a file to the document pack (the request body is the file)",
            description = "The council's editors only. The same types and limit as evidence: 413 when too large,"
                    + " 422 for a refused type; nothing is stored either way.")
    public Response add(
            @PathParam("challengeId") long challengeId,
            @QueryParam("title") String title,
            @QueryParam("fileName") String fileName,
            InputStream file) {
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addToDocumentPack(caller, challengeId, title, fileName, file))
                .build();
    }
}
