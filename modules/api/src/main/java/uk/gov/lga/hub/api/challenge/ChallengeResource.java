package uk.gov.lga.hub.api.challenge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.Versions;
import uk.gov.lga.hub.api.answer.StampedRead;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeManagement;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;
import uk.gov.lga.hub.domain.challenge.ChallengeStatus;

@Path("v1/challenges")
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
public class ChallengeResource {

    @Inject
    ChallengeService challenges;

    @Inject
    ResponseService responses;

    @Inject
    ChallengeManagement management;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @CouncilScoped
    @StampedRead(value = StampedRead.Kind.CHALLENGE, id = "id")
    @Operation(
            operationId = "getChallenge",
            summary = "One challenge with its visit, scope, peer team, key recommendations and progress review")
    public ChallengeDetail get(@PathParam("id") long id) {
        return challenges.challenge(caller, id);
    }

    @GET
    @Path("{id}/responses")
    @CouncilScoped
    @RolesAllowed({
        Role.LGA_ADMIN,
        Role.PEER_CHALLENGE_MANAGER,
        Role.PRINCIPAL_ADVISER,
        Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER
    })
    @Operation(
            operationId = "listChallengeResponses",
            summary = "The council's responses to the challenge's recommendations",
            description = "The council's own users; LGA staff; the principal adviser of the council's region.")
    public List<ResponseView> responses(@PathParam("id") long id) {
        return responses.responsesTo(caller, id);
    }

    // Running the challenge: the peer challenge manager's steps. LGA-owned records, hence @SharedData.
    // Each step may state in If-Match the challenge version it is based on (see Versions); declared as a
    // parameter so that the contract, and the clients generated from it, show it.

    public record Move(ChallengeStatus to) {}

    public record Issue(LocalDate issuedOn) {}

    /** @param confirmed the manager is sure of a date within six months of the visit */
    public record Plan(LocalDate plannedDate, Boolean confirmed) {}

    @PUT
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Move the on-site dates, the position statement's due date, add focus areas",
            description = "Before the visit only. A visit in the past or shorter than two or longer than five days is"
                    + " refused (422, rule unusual-dates-unconfirmed, saying why) unless confirmed is true; an unusual"
                    + " length is then kept in schedulingWarnings.")
    public ChallengeDetail reschedule(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChallengeManagement.Schedule schedule) {
        return management.reschedule(caller, id, Versions.ifMatch(ifMatch), schedule);
    }

    @POST
    @Path("{id}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Move the challenge along its lifecycle (schedule, postpone, on site, drafting, cancel, close)",
            description = "A move the current status does not allow gets 409 naming the current status and the "
                    + "allowed moves. Issuing, publishing and the progress review have steps of their own.")
    public ChallengeDetail move(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Move move) {
        return management.move(caller, id, Versions.ifMatch(ifMatch), move.to());
    }

    @POST
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Add a peer to the team (a username gives them read access to this challenge only)",
            description = "`peerId` picks the peer from the directory (GET /api/v1/peers); without it the details "
                    + "describe a first-time peer, who joins the directory too. A peer who works for the council, "
                    + "for a council of its region or served on its last challenge gets 409 "
                    + "`peer-conflict-of-interest` listing the conflicts, unless `conflictOverride` gives a `reason` "
                    + "(400 without one); the flag and the override are recorded in the council's audit trail.")
    public ChallengeDetail addTeamMember(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChallengeManagement.TeamMemberDetails member) {
        return management.addTeamMember(caller, id, Versions.ifMatch(ifMatch), member);
    }

    @DELETE
    @Path("{id}/team/{memberId}")
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(summary = "Take a peer off the team")
    public ChallengeDetail removeTeamMember(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("memberId") long memberId) {
        return management.removeTeamMember(caller, id, Versions.ifMatch(ifMatch), memberId);
    }

    @PUT
    @Path("{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(summary = "Write the feedback report's executive summary and feedback per theme (a draft until issued)")
    public ChallengeDetail writeReport(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChallengeManagement.ReportText report) {
        return management.writeReport(caller, id, Versions.ifMatch(ifMatch), report);
    }

    @POST
    @Path("{id}/recommendations")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(summary = "Add a key recommendation, numbered as printed")
    public ChallengeDetail addRecommendation(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChallengeManagement.RecommendationText r) {
        return management.addRecommendation(caller, id, Versions.ifMatch(ifMatch), r);
    }

    @PUT
    @Path("{id}/recommendations/{recommendationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(summary = "Revise a key recommendation (until the report is issued)")
    public ChallengeDetail reviseRecommendation(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("recommendationId") long recommendationId,
            ChallengeManagement.RecommendationText r) {
        return management.reviseRecommendation(caller, id, Versions.ifMatch(ifMatch), recommendationId, r);
    }

    @DELETE
    @Path("{id}/recommendations/{recommendationId}")
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(summary = "Remove a key recommendation (until the report is issued)")
    public ChallengeDetail removeRecommendation(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @PathParam("recommendationId") long recommendationId) {
        return management.removeRecommendation(caller, id, Versions.ifMatch(ifMatch), recommendationId);
    }

    @POST
    @Path("{id}/report/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Issue the report to the council",
            description = "Fixes the recommendations and proposes the progress review ten months after the visit.")
    public ChallengeDetail issueReport(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Issue issue) {
        return management.issueReport(caller, id, Versions.ifMatch(ifMatch), issue.issuedOn());
    }

    @POST
    @Path("{id}/publications")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Record that the report, the action plan or the progress review report was published",
            description = "Keeps the date and public address and freezes the published version.")
    public ChallengeDetail publish(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChallengeManagement.PublicationRecord publication) {
        return management.publish(caller, id, Versions.ifMatch(ifMatch), publication);
    }

    @PUT
    @Path("{id}/progress-review")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(
            summary = "Schedule or move the progress review (never beyond twelve months after the visit)",
            description = "A date less than six months after the visit is refused (422, rule"
                    + " unusual-dates-unconfirmed) unless confirmed is true.")
    public ChallengeDetail scheduleProgressReview(
            @PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Plan plan) {
        return management.scheduleProgressReview(
                caller, id, Versions.ifMatch(ifMatch), plan.plannedDate(), plan.confirmed());
    }

    @POST
    @Path("{id}/progress-review/record")
    @Consumes(MediaType.APPLICATION_JSON)
    @SharedData
    @RolesAllowed({Role.PEER_CHALLENGE_MANAGER, Role.LGA_ADMIN})
    @Operation(summary = "Record the progress review: the day, the peers, the summary, a RAG rating per recommendation")
    public ChallengeDetail recordProgressReview(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            ChallengeManagement.ProgressReviewRecord record) {
        return management.recordProgressReview(caller, id, Versions.ifMatch(ifMatch), record);
    }
}
