package uk.gov.lga.hub.api.workspace;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.Versions;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.application.workspace.DraftChangeView;
import uk.gov.lga.hub.application.workspace.DraftView;
import uk.gov.lga.hub.application.workspace.TeamDraft;

/**
 * The feedback report as the challenge's peer team drafts it together: its team (peers and the challenge's manager)
 * and LGA administrators (in the manager's stead) only; the council, its adviser and other teams are refused by
 * the service (403, or 404 for whoever may not read the challenge).
 */
@Path("v1/challenges/{challengeId}/workspace/draft")
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
public class DraftReportResource {

    @Inject
    TeamDraft drafts;

    @Inject
    Caller caller;

    @GET
    @CouncilScoped
    @Operation(
            operationId = "getDraftReport",
            summary = "The team's draft report: an introduction, a section per theme, the key recommendations",
            description = "Each section carries the version to quote in If-Match when saving it. Before the first"
                    + " save the introduction holds the visit timetable's standard paragraph.")
    public DraftView draft(@PathParam("challengeId") long challengeId) {
        return drafts.draft(caller, challengeId);
    }

    @PUT
    @Path("sections/{sectionKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed({Role.PEER, Role.PEER_CHALLENGE_MANAGER})
    @Operation(
            operationId = "saveDraftSection",
            summary = "Save one section's text over the version read (If-Match)",
            description = "409 with the current text and who saved it when someone saved the section since; 422"
                    + " once handed over (for peers) or when the workspace is not open.")
    public DraftView save(
            @PathParam("challengeId") long challengeId,
            @PathParam("sectionKey") String sectionKey,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            TeamDraft.DraftSectionText text) {
        return drafts.save(caller, challengeId, sectionKey, Versions.ifMatch(ifMatch), text);
    }

    @GET
    @Path("sections/{sectionKey}/history")
    @CouncilScoped
    @Operation(
            operationId = "listDraftSectionHistory",
            summary = "Every saved version of one section, newest first, with who saved it and when")
    public List<DraftChangeView> history(
            @PathParam("challengeId") long challengeId, @PathParam("sectionKey") String sectionKey) {
        return drafts.history(caller, challengeId, sectionKey);
    }

    @POST
    @Path("hand-over")
    @CouncilScoped
    @RolesAllowed({Role.PEER, Role.PEER_CHALLENGE_MANAGER})
    @Operation(
            operationId = "handOverDraftReport",
            summary = "Hand the draft over to the peer challenge manager: read-only for the peers from now on")
    public DraftView handOver(@PathParam("challengeId") long challengeId) {
        return drafts.handOver(caller, challengeId);
    }

    @POST
    @Path("return")
    @CouncilScoped
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(operationId = "returnDraftReport", summary = "Give a handed-over draft back to the team to write on")
    public DraftView returnToTeam(@PathParam("challengeId") long challengeId) {
        return drafts.returnToTeam(caller, challengeId);
    }

    @POST
    @Path("take-into-report")
    @CouncilScoped
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            operationId = "takeDraftIntoReport",
            summary = "Write the handed-over draft into the feedback report",
            description = "The introduction becomes the executive summary and each theme's section its feedback;"
                    + " blank sections leave the report's text. If-Match: the challenge's version, as when writing"
                    + " the report. Answers with the challenge.")
    public ChallengeDetail takeIntoReport(
            @PathParam("challengeId") long challengeId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return drafts.takeIntoReport(caller, challengeId, Versions.ifMatch(ifMatch));
    }
}
