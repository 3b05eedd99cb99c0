package uk.gov.lga.hub.api.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.PersonalData;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.application.search.SearchService;
import uk.gov.lga.hub.application.security.Caller;
import uk.gov.lga.hub.application.security.Role;

/**
 * Search of whatever the signed-in caller may read: published content, and the councils' own words and unpublished
 * recommendations as their roles allow. What it finds depends on who asks, never on a council named in the request.
 */
@Path("v1/search")
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
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    Caller caller;

    @GET
    @PersonalData
    @Operation(
            operationId = "search",
            summary = "Search what I may read: published content, and councils' records as my roles allow")
    public SearchResults search(@BeanParam SearchParameters parameters) {
        return search.search(caller, parameters.request());
    }
}
