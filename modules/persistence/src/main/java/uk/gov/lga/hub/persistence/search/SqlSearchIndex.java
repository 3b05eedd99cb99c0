package uk.gov.lga.hub.persistence.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import uk.gov.lga.hub.application.search.SearchIndex;
import uk.gov.lga.hub.application.search.SearchReaders;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.persistence.tenancy.EclipseLinkTenantBinding;

/**
 * Runs {@link SearchSql} in the caller's transaction (the words; near matches only when the words found nothing), after
 * setting the transaction-local
 * {@code app.readable_councils} that the council index's row-level-security policy reads. Like {@code app.tenant}
 * it ends with the transaction, so a pooled connection never carries it to another request.
 */
@ApplicationScoped
public class SqlSearchIndex implements SearchIndex {

    @PersistenceContext(unitName = "hub")
    EntityManager em;

    @Override
    public SearchResults search(SearchRequest request, SearchReaders readers) {
        em.createNativeQuery("select set_config('app.readable_councils', ?1, true)")
                .setParameter(1, readers.setting())
                .setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true)
                .getSingleResult();
        SearchResults results = run(request, readers, false);
        return results.total() > 0 ? results : run(request, readers, true);
    }

    private SearchResults run(SearchRequest request, SearchReaders readers, boolean near) {
        SearchSql.Statement statement = SearchSql.of(request, readers, near);
        Query query = em.createNativeQuery(statement.sql()).setHint(EclipseLinkTenantBinding.ALLOW_NATIVE_SQL, true);
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        Object[] row = (Object[]) query.getSingleResult();
        long total = ((Number) row[0]).longValue();
        SearchResults.Facets facets =
                new SearchResults.Facets(facet(row[1]), facet(row[2]), facet(row[3]), facet(row[4]), facet(row[5]));
        List<SearchResults.Hit> hits = array(row[6]).stream()
                .map(JsonValue::asJsonObject)
                .map(SqlSearchIndex::hit)
                .toList();
        int pages = (int) Math.min(Integer.MAX_VALUE, (total + request.size() - 1) / request.size());
        return new SearchResults(
                request.text(), request.page(), request.size(), total, pages, near && total > 0, hits, facets);
    }

    private static List<SearchResults.FacetCount> facet(Object json) {
        return array(json).stream()
                .map(JsonValue::asJsonObject)
                .map(f -> new SearchResults.FacetCount(
                        f.getString("value"),
                        f.isNull("label") ? labelOf(f.getString("value")) : f.getString("label"),
                        f.getJsonNumber("count").longValue()))
                .toList();
    }

    /** UNITARY → Unitary, METROPOLITAN_DISTRICT → Metropolitan district, 2024 → 2024. */
    private static String labelOf(String value) {
        String words = value.replace('_', ' ').toLowerCase(Locale.UK);
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static SearchResults.Hit hit(JsonObject h) {
        return new SearchResults.Hit(
                h.getString("kind"),
                h.getBoolean("published"),
                Snippets.html(h.getString("title", "")),
                Snippets.html(h.getString("snippet", "")),
                h.getString("councilCode"),
                h.getString("councilName"),
                h.getString("councilType"),
                h.getString("region"),
                h.getInt("year"),
                h.getJsonArray("themes").getValuesAs(jakarta.json.JsonString::getString),
                number(h, "publicationId"),
                number(h, "challengeId"),
                number(h, "recommendationId"),
                h.isNull("recommendationNumber") ? null : h.getString("recommendationNumber"));
    }

    private static Long number(JsonObject h, String name) {
        JsonValue v = h.get(name);
        return v instanceof JsonNumber n ? n.longValue() : null;
    }

    private static JsonArray array(Object json) {
        try (var reader = Json.createReader(new StringReader(json == null ? "[]" : json.toString()))) {
            return reader.readArray();
        }
    }
}
