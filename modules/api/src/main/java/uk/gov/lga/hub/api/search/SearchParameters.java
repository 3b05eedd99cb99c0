package uk.gov.lga.hub.api.search;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.gov.lga.hub.application.search.SearchRequest;

/**
 * A search's query parameters, all read as text so that {@link SearchRequest#of} judges every one of them (a bad
 * number is a 400 problem, not the 404 JAX-RS gives an unparseable parameter).
 */
public class SearchParameters {

    @QueryParam("q")
    @Parameter(description = "What to search for (1 to 200 characters, at most 12 words; quotes for a phrase)")
    String q;

    @QueryParam("theme")
    @Parameter(description = "Only results about this theme (a theme code)")
    String theme;

    @QueryParam("region")
    @Parameter(description = "Only councils of this region (a region code)")
    String region;

    @QueryParam("councilType")
    @Parameter(description = "Only councils of this type (UNITARY, COUNTY, …)")
    String councilType;

    @QueryParam("year")
    @Parameter(description = "Only challenges whose on-site visit was in this year")
    String year;

    @QueryParam("kind")
    @Parameter(description = "Only results of this kind (RECOMMENDATION, FEEDBACK_REPORT, RESPONSE, …)")
    String kind;

    @QueryParam("page")
    @Parameter(description = "The page, from 1 (at most 200)")
    String page;

    @QueryParam("size")
    @Parameter(description = "Results per page, 1 to 50 (20 unless given)")
    String size;

    SearchRequest request() {
        return SearchRequest.of(q, theme, region, councilType, year, kind, page, size);
    }
}
