package uk.gov.lga.hub.api.review;

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
import uk.gov.lga.hub.application.review.SelfAssessmentCommand;
import uk.gov.lga.hub.application.review.TwoSidedReview;
import uk.gov.lga.hub.application.review.TwoSidedReviewService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/**
 * A challenge's progress review from both sides (addressed by the challenge's id): the peers' rating of each
 * recommendation beside the council's own, with the gap. Whose council is always taken from the token.
 */
@Path("v1/progress-reviews/{challengeId}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProgressReviewResource {

    @Inject
    TwoSidedReviewService reviews;

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
    @Operation(
            operationId = "getTwoSidedProgressReview",
            summary = "The progress review from both sides: the peers' and the council's own rating of each"
                    + " recommendation, and the gap (SAME, COUNCIL_GREENER, COUNCIL_REDDER)")
    public TwoSidedReview review(@PathParam("challengeId") long challengeId) {
        return reviews.review(caller, challengeId);
    }

    @PUT
    @Path("self-assessments/{recommendationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @CouncilScoped
    @RolesAllowed(Role.COUNCIL_EDITOR)
    @Operation(
            summary = "Record or revise the council's own rating of a recommendation",
            description = "Council editors, for their own council, from the report's issue until the progress review"
                    + " report is published (then 422). A narrative of 1 to 1000 characters is required. Send the"
                    + " version you read (none for a first rating); a stale version gets 409.")
    public TwoSidedReview assess(
            @PathParam("challengeId") long challengeId,
            @PathParam("recommendationId") long recommendationId,
            SelfAssessmentCommand command) {
        return reviews.assess(caller, challengeId, recommendationId, command);
    }
}
