package uk.gov.lga.hub.api.challenge;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.CouncilScoped;
import uk.gov.lga.hub.application.challenge.ChallengeDetail;
import uk.gov.lga.hub.application.challenge.ChallengeService;
import uk.gov.lga.hub.application.response.ResponseService;
import uk.gov.lga.hub.application.response.ResponseView;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

@Path("v1/challenges")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.LGA_ADMIN, Role.PEER_CHALLENGE_MANAGER, Role.PRINCIPAL_ADVISER, Role.COUNCIL_EDITOR,
        Role.COUNCIL_VIEWER, Role.PEER})
public class ChallengeResource {

    @Inject
    ChallengeService challenges;

    @Inject
    ResponseService responses;

    @Inject
    Caller caller;

    @GET
    @Path("{id}")
    @CouncilScoped
    @Operation(summary = "One challenge with its visit, scope, peer team, key recommendations and progress review")
    public ChallengeDetail get(@PathParam("id") long id) {
        return challenges.challenge(caller, id);
    }

    @GET
    @Path("{id}/responses")
    @CouncilScoped
    @RolesAllowed({Role.LGA_ADMIN, Role.PEER_CHALLENGE_MANAGER, Role.PRINCIPAL_ADVISER, Role.COUNCIL_EDITOR,
            Role.COUNCIL_VIEWER})
    @Operation(summary = "The council's responses to the challenge's recommendations",
            description = "The council's own users; LGA staff; the principal adviser of the council's region.")
    public List<ResponseView> responses(@PathParam("id") long id) {
        return responses.responsesTo(caller, id);
    }
}
