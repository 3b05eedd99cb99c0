package uk.gov.lga.hub.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.imports.ImportService;
import uk.gov.lga.hub.application.imports.ImportSteps;
import uk.gov.lga.hub.application.imports.ReportDraftView;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/**
 * Importing what existed before the service: a feedback report (for peer challenge managers) and a council's
 * response table (for its editors). Reading gives a draft to check and saves nothing; confirming saves the checked
 * draft in one transaction.
 */
@Path("v1/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    ChallengeManagement management;

    @Inject
    Caller caller;

    @POST
    @Path("reports")
    @Consumes(MediaType.WILDCARD)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Read a feedback report (.docx or .txt; the request body is the file) into a draft",
            description = "Nothing is saved. The draft lists what could not be read with confidence under doubts.")
    public ReportDraftView readReport(@QueryParam("fileName") String fileName, InputStream file) {
        return imports.readReport(caller, fileName, file, ImportSteps.NONE);
    }

    @POST
    @Path("reports/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Create the challenge from a checked report, in one transaction",
            description = "Team, report and recommendations; the challenge waits in report drafting to be issued.")
    public Response confirmReport(
            @QueryParam("council") String councilCode, ChallengeManagement.ImportedChallenge checked) {
        ChallengeDetail created = management.importChallenge(caller, councilCode, checked);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("responses")
    @Consumes(MediaType.WILDCARD)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Read the council's response table (.docx or .txt) and match each row to a recommendation")
    public List<ImportService.ResponseMatch> readResponses(
            @QueryParam("challenge") long challengeId, @QueryParam("fileName") String fileName, InputStream file) {
        return imports.readResponses(caller, challengeId, fileName, file);
    }

    @POST
    @Path("responses/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Save the checked responses in one transaction (all or none)")
    public Response confirmResponses(
            @QueryParam("challenge") long challengeId, List<ImportService.ConfirmedResponse> checked) {
        List<ResponseView> saved = imports.confirmResponses(caller, challengeId, checked);
        return Response.status(Response.Status.CREATED).entity(saved).build();
    }
}
