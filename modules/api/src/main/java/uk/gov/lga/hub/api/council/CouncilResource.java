package uk.gov.lga.hub.api.council;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.lga.hub.api.download.Downloads;
import uk.gov.lga.hub.api.download.ExportFormat;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.challenge.ChallengeSummary;
import uk.gov.lga.hub.application.council.CouncilDirectory;
import uk.gov.lga.hub.application.council.CouncilSummary;
import uk.gov.lga.hub.application.progress.CouncilProgress;
import uk.gov.lga.hub.application.progress.ProgressService;
import uk.gov.lga.hub.application.progress.ProgressTables;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

@Path("v1/councils")
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
public class CouncilResource {

    @Inject
    CouncilDirectory councils;

    @Inject
    ChallengeService challenges;

    @Inject
    ChallengeManagement management;

    @Inject
    ProgressService progress;

    @Inject
    Caller caller;

    @GET
    @SharedData
    @Operation(operationId = "listCouncils", summary = "Every council, with its type and region")
    public List<CouncilSummary> list() {
        return councils.all();
    }

    @GET
    @Path("{code}/challenges")
    @CouncilScoped
    @Operation(
            operationId = "listCouncilChallenges",
            summary = "A council's peer challenges, most recent first",
            description = "LGA staff, the council's own users and its region's principal adviser.")
    public List<ChallengeSummary> challenges(@PathParam("code") String code) {
        return challenges.challengesOf(caller, code);
    }

    @POST
    @Path("{code}/challenges")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            operationId = "proposeChallenge",
            summary = "Propose a Corporate Peer Challenge at the council",
            description = "The five core themes are always in scope; focus areas are added by name. 201 with the "
                    + "challenge; schedulingWarnings lists anything unusual, such as the visit's length.")
    public Response propose(
            @PathParam("code") String code, ChallengeManagement.Schedule schedule, @Context UriInfo uri) {
        ChallengeDetail created = management.propose(caller, code, schedule);
        return Response.created(
                        uri.getBaseUriBuilder().path("v1/challenges/{id}").build(created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{code}/progress")
    @CouncilScoped
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER
    })
    @Operation(
            operationId = "councilProgress",
            summary = "One council's progress measures: each challenge, its themes, its five-year cycle",
            description = "The council's own users; LGA staff; the principal adviser of the council's region.")
    public CouncilProgress progress(@PathParam("code") String code) {
        return progress.council(caller, code);
    }

    @GET
    @Path("{code}/progress/export.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    @CouncilScoped
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER
    })
    @Operation(
            operationId = "exportCouncilProgress",
            summary = "The council's progress tables as CSV (challenges) or Excel (all tables)")
    public Response progressExport(
            @PathParam("code") String code,
            @PathParam("format")
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"csv", "xlsx"})
                    ExportFormat format) {
        CouncilProgress measures = progress.council(caller, code);
        return Downloads.tables(ProgressTables.of(measures), format, measures.name() + " progress", "Challenges");
    }
}
