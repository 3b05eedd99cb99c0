package uk.gov.lga.hub.api.search;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.gov.lga.hub.api.scope.PersonalData;
import uk.gov.lga.hub.application.search.SearchRequest;
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

    static final String PARAMETERS = "`q`: what to search for (1 to 200 characters, at most 12 words; quotes for a"
            + " phrase, `or`, `-word`). Filters: `theme` (a theme code), `region` (a region code), `councilType`,"
            + " `year` (of the on-site visit), `kind` (RECOMMENDATION, FEEDBACK_REPORT, PROGRESS_REVIEW_REPORT,"
            + " RESPONSE, ACTION, PROGRESS_UPDATE). `page` from 1 (at most 200), `size` 1 to 50 (20). Titles and"
            + " snippets are escaped HTML with the matches in `<mark>`; each facet value's count is the number of"
            + " results choosing it gives.";

    @GET
    @PersonalData
    @Operation(
            operationId = "search",
            summary = "Search what I may read: published content, and councils' records as my roles allow",
            description = PARAMETERS)
    public SearchResults search(
            @QueryParam("q") String q,
            @QueryParam("theme") String theme,
            @QueryParam("region") String region,
            @QueryParam("councilType") String councilType,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return search.search(caller, SearchRequest.of(q, theme, region, councilType, year, kind, page, size));
    }
}
