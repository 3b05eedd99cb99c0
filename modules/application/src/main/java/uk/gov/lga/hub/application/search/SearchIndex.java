package uk.gov.lga.hub.application.search;

/**
 * The full-text index (implemented by the persistence module over PostgreSQL): published content for everyone, and
 * for {@code readers} besides, the councils' own words and unpublished recommendations they may read. Runs in the
 * caller's transaction, which must not be bound to a council.
 */
public interface SearchIndex {

    SearchResults search(SearchRequest request, SearchReaders readers);
}
