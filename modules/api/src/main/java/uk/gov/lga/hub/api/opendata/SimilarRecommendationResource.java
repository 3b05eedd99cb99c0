package uk.gov.lga.hub.api.opendata;

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
import uk.gov.lga.hub.application.opendata.SimilarRecommendations;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/**
 * "Similar elsewhere": published recommendations made to other councils that are most like this one, with what
 * those councils did as published. Who may read the recommendation's council's records may ask.
 */
@Path("v1/recommendations/{id}/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimilarRecommendationResource {

    @Inject
    SimilarRecommendations similar;

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
            operationId = "getSimilarRecommendations",
            summary = "The most similar published recommendations made to other councils, with their outcomes",
            description = "Up to five, most similar first (English full-text search over the published title and"
                    + " text). Only published recommendations appear, each with its council's response as its"
                    + " action plan was published and its progress review rating, when published.")
    public List<SimilarRecommendations.SimilarRecommendation> similar(@PathParam("id") long recommendationId) {
        return similar.similarTo(caller, recommendationId);
    }
}
