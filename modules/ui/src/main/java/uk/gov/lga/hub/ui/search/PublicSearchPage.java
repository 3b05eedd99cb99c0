package uk.gov.lga.hub.ui.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.application.search.SearchService;

/** The public search page: published reports and their recommendations, for anyone. */
@Named
@RequestScoped
public class PublicSearchPage extends SearchPage {

    @Inject
    SearchService search;

    @Override
    protected SearchResults run(SearchRequest request) {
        return search.publicSearch(request);
    }

    @Override
    protected String path() {
        return "/search.xhtml";
    }

    @Override
    protected String linkToRecord(SearchResults.Hit hit) {
        return "/index.xhtml"; // never reached: the public index holds published content only
    }
}
