package uk.gov.lga.hub.application.search;

import java.util.List;

/**
 * One page of results with the facets of the whole result set (every filter applied): a facet's count is the number
 * of results that choosing it would give. {@code nearMatches}: the words matched nothing, so these are near matches
 * (similar titles and council names, for misspellings).
 */
public record SearchResults(
        String query,
        int page,
        int size,
        long total,
        int pages,
        boolean nearMatches,
        List<Hit> results,
        Facets facets) {

    /**
     * One thing found. Titles and snippets are HTML: everything escaped, the words matched in {@code <mark>}.
     *
     * @param kind                 FEEDBACK_REPORT, PROGRESS_REVIEW_REPORT, RECOMMENDATION (published or, signed in,
     *                             not yet), RESPONSE, ACTION or PROGRESS_UPDATE (a council's own words)
     * @param published            whether it is published content (anyone may read it)
     * @param publicationId        the published report it is in (published content only)
     * @param challengeId          the peer challenge it belongs to
     * @param recommendationId     the recommendation it is about (a council's words, unpublished recommendations)
     * @param recommendationNumber the recommendation's printed number (published recommendations)
     */
    public record Hit(
            String kind,
            boolean published,
            String titleHtml,
            String snippetHtml,
            String councilCode,
            String councilName,
            String councilType,
            String region,
            int year,
            List<String> themes,
            Long publicationId,
            Long challengeId,
            Long recommendationId,
            String recommendationNumber) {}

    /** One value of a facet and how many results have it. */
    public record FacetCount(String value, String label, long count) {}

    public record Facets(
            List<FacetCount> theme,
            List<FacetCount> region,
            List<FacetCount> councilType,
            List<FacetCount> year,
            List<FacetCount> kind) {}
}
