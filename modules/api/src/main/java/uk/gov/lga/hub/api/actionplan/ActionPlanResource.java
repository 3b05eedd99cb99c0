package uk.gov.lga.hub.api.actionplan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.answer.StampedRead;
import uk.gov.lga.hub.api.download.Downloads;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.actionplan.ActionPlanService;
import uk.gov.lga.hub.application.actionplan.ActionPlanTable;
import uk.gov.lga.hub.application.actionplan.ActionPlanView;
import uk.gov.lga.hub.application.actionplan.DecisionCommand;
import uk.gov.lga.hub.application.actionplan.PositionStatementService;
import uk.gov.lga.hub.application.actionplan.PositionStatementView;
import uk.gov.lga.hub.application.actionplan.SubmissionChanges;
import uk.gov.lga.hub.application.actionplan.SubmissionView;
import uk.gov.lga.hub.application.committee.CommitteeService;
import uk.gov.lga.hub.application.committee.MeetingCommand;
import uk.gov.lga.hub.application.committee.MeetingView;
import uk.gov.lga.hub.application.evidence.EvidenceService;
import uk.gov.lga.hub.application.evidence.EvidenceView;
import uk.gov.lga.hub.application.export.Csv;
import uk.gov.lga.hub.application.export.Xlsx;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/**
 * A council's action plan for one challenge (addressed by the challenge's id): the plan, its exports, its
 * submissions and the LGA's decisions, the committee meetings, the position statement, and evidence versions.
 */
@Path("v1/action-plans/{challengeId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Role.LGA_ADMIN,
    Role.PEER_CHALLENGE_MANAGER,
    Role.PRINCIPAL_ADVISER,
    Role.COUNCIL_EDITOR,
    Role.COUNCIL_VIEWER
})
public class ActionPlanResource {

    @Inject
    ActionPlanService plans;

    @Inject
    CommitteeService committees;

    @Inject
    PositionStatementService statements;

    @Inject
    EvidenceService evidence;

    @Inject
    Caller caller;

    public record Statement(String body, Long version) {}

    @GET
    @CouncilScoped
    @StampedRead(value = StampedRead.Kind.ACTION_PLAN, id = "challengeId")
    @Operation(
            operationId = "getActionPlan",
            summary = "The action plan: each recommendation with the response, actions, updates and evidence")
    public ActionPlanView plan(@PathParam("challengeId") long challengeId) {
        return plans.plan(caller, challengeId);
    }

    @GET
    @Path("export.csv")
    @Produces(Csv.MEDIA_TYPE)
    @CouncilScoped
    @Operation(operationId = "exportActionPlanCsv", summary = "The action plan as CSV, a row per action")
    public Response csv(@PathParam("challengeId") long challengeId) {
        ActionPlanView plan = plans.plan(caller, challengeId);
        return Downloads.attachment(
                (StreamingOutput) out -> Csv.write(ActionPlanTable.of(plan), out),
                Csv.MEDIA_TYPE,
                ActionPlanTable.fileName(plan, "csv"));
    }

    @GET
    @Path("export.xlsx")
    @Produces(Xlsx.MEDIA_TYPE)
    @CouncilScoped
    @Operation(operationId = "exportActionPlanXlsx", summary = "The action plan as an Excel workbook, a row per action")
    public Response xlsx(@PathParam("challengeId") long challengeId) {
        ActionPlanView plan = plans.plan(caller, challengeId);
        return Downloads.attachment(
                (StreamingOutput) out -> Xlsx.write(List.of(ActionPlanTable.of(plan)), out),
                Xlsx.MEDIA_TYPE,
                ActionPlanTable.fileName(plan, "xlsx"));
    }

    @POST
    @Path("submissions")
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            operationId = "submitActionPlan",
            summary = "Submit the plan to the LGA",
            description = "Freezes a numbered copy; every recommendation"
                    + " needs a response; a plan waiting for a decision is not submitted again (422).")
    public Response submit(@PathParam("challengeId") long challengeId) {
        return Response.status(Response.Status.CREATED)
                .entity(plans.submit(caller, challengeId))
                .build();
    }

    @GET
    @Path("submissions/{number}")
    @CouncilScoped
    @Operation(operationId = "getSubmission", summary = "A submitted version, exactly as submitted")
    public SubmissionView submission(@PathParam("challengeId") long challengeId, @PathParam("number") int number) {
        return plans.submission(caller, challengeId, number);
    }

    @GET
    @Path("submissions/{number}/changes")
    @CouncilScoped
    @Operation(
            operationId = "getSubmissionChanges",
            summary = "What changed in a submitted version since the version before, per recommendation, in words",
            description = "Responses (acceptance, text) and actions (added, removed, and each changed field);"
                    + " `since` is null for the first version, which has nothing to compare with.")
    public SubmissionChanges changes(@PathParam("challengeId") long challengeId, @PathParam("number") int number) {
        return plans.changesIn(caller, challengeId, number);
    }

    @POST
    @Path("submissions/{number}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.PEER_CHALLENGE_MANAGER)
    @Operation(summary = "Accept the submitted plan, or ask for changes (with a comment)")
    public SubmissionView decide(
            @PathParam("challengeId") long challengeId, @PathParam("number") int number, DecisionCommand decision) {
        return plans.decide(caller, challengeId, number, decision);
    }

    @GET
    @Path("meetings")
    @CouncilScoped
    @Operation(
            operationId = "listMeetings",
            summary = "The committee meetings that considered the report, the plan or the progress review")
    public List<MeetingView> meetings(@PathParam("challengeId") long challengeId) {
        return committees.meetings(caller, challengeId);
    }

    @POST
    @Path("meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Record a committee meeting")
    public Response addMeeting(@PathParam("challengeId") long challengeId, MeetingCommand meeting) {
        return Response.status(Response.Status.CREATED)
                .entity(committees.add(caller, challengeId, meeting))
                .build();
    }

    @PUT
    @Path("meetings/{meetingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Change a committee meeting", description = "Send the version you read; stale gets 409.")
    public MeetingView reviseMeeting(
            @PathParam("challengeId") long challengeId,
            @PathParam("meetingId") long meetingId,
            MeetingCommand meeting) {
        return committees.revise(caller, challengeId, meetingId, meeting);
    }

    @DELETE
    @Path("meetings/{meetingId}")
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Remove a meeting recorded by mistake (the audit trail keeps it)")
    public Response removeMeeting(@PathParam("challengeId") long challengeId, @PathParam("meetingId") long meetingId) {
        committees.remove(caller, challengeId, meetingId);
        return Response.noContent().build();
    }

    @GET
    @Path("position-statement")
    @CouncilScoped
    @Operation(
            operationId = "getPositionStatement",
            summary = "The position statement, or a draft assembled from the plan while none is saved")
    public PositionStatementView statement(@PathParam("challengeId") long challengeId) {
        return statements.statement(caller, challengeId);
    }

    @PUT
    @Path("position-statement")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            summary = "Save the position statement",
            description = "No version for the first save; then the"
                    + " version you read (stale gets 409). A submitted statement no longer changes (422).")
    public PositionStatementView saveStatement(@PathParam("challengeId") long challengeId, Statement statement) {
        return statements.save(
                caller,
                challengeId,
                statement == null ? null : statement.body(),
                statement == null ? null : statement.version());
    }

    @POST
    @Path("position-statement/submission")
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "Submit the position statement to the LGA")
    public PositionStatementView submitStatement(@PathParam("challengeId") long challengeId) {
        return statements.submit(caller, challengeId);
    }

    @GET
    @Path("evidence/{evidenceId}/versions")
    @CouncilScoped
    @Operation(operationId = "listEvidenceVersions", summary = "Every version of a piece of evidence, oldest first")
    public List<EvidenceView> versions(
            @PathParam("challengeId") long challengeId, @PathParam("evidenceId") long evidenceId) {
        return evidence.versions(caller, challengeId, evidenceId);
    }

    @POST
    @Path("evidence/{evidenceId}/versions/links")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "A new version of the evidence, as a link")
    public Response newLinkVersion(
            @PathParam("challengeId") long challengeId,
            @PathParam("evidenceId") long evidenceId,
            EvidenceService.LinkCommand link) {
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addLinkVersion(caller, challengeId, evidenceId, link))
                .build();
    }

    @POST
    @Path("evidence/{evidenceId}/versions/files")
    @Consumes(MediaType.WILDCARD)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(summary = "A new version of the evidence, as a file (the request body is the file)")
    public Response newFileVersion(
            @PathParam("challengeId") long challengeId,
            @PathParam("evidenceId") long evidenceId,
            @QueryParam("fileName") String fileName,
            InputStream file) {
        return Response.status(Response.Status.CREATED)
                .entity(evidence.addFileVersion(caller, challengeId, evidenceId, fileName, file))
                .build();
    }

    @GET
    @Path("evidence/{evidenceId}/content")
    @Produces(MediaType.WILDCARD)
    @CouncilScoped
    @Operation(
            operationId = "downloadEvidence",
            summary = "Download an evidence file",
            description = "Always as an attachment, with the type read from its content at upload.")
    public Response content(@PathParam("challengeId") long challengeId, @PathParam("evidenceId") long evidenceId) {
        EvidenceService.Download file = evidence.download(caller, challengeId, evidenceId);
        return Downloads.attachment(
                file.content(), file.evidence().contentType(), file.evidence().fileName());
    }
}
