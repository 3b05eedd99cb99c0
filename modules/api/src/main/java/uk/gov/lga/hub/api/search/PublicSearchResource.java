package uk.gov.lga.hub.api.search;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import uk.gov.lga.hub.api.scope.SharedData;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.application.search.SearchService;

/** Search of what was published, for anyone, without signing in. Nothing unpublished is in its index. */
@Path("v1/public/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicSearchResource {

    @Inject
    SearchService search;

    @GET
    @SharedData
    @SecurityRequirementsSet // none: anyone may search what was published
    @Operation(
            operationId = "searchPublished",
            summary = "Search published reports and their recommendations, with facets and paging (no sign-in)",
            description = SearchResource.PARAMETERS)
    public SearchResults search(
            @QueryParam("q") String q,
            @QueryParam("theme") String theme,
            @QueryParam("region") String region,
            @QueryParam("councilType") String councilType,
            @QueryParam("year") String year,
            @QueryParam("kind") String kind,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return search.publicSearch(SearchRequest.of(q, theme, region, councilType, year, kind, page, size));
    }
}
