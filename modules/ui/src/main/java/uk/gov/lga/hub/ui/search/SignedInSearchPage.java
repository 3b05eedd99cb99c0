package uk.gov.lga.hub.ui.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.application.search.SearchService;
import uk.gov.lga.hub.application.security.Caller;

/** The signed-in search page: what the person may read, as their roles allow. */
@Named
@RequestScoped
public class SignedInSearchPage extends SearchPage {

    @Inject
    SearchService search;

    @Inject
    Caller caller;

    @Override
    protected SearchResults run(SearchRequest request) {
        return search.search(caller, request);
    }

    @Override
    protected String path() {
        return "/app/search.xhtml";
    }

    /** A council's words and unpublished recommendations open in the action plan's recommendation page. */
    @Override
    protected String linkToRecord(SearchResults.Hit hit) {
        return "/app/plan/recommendation.xhtml?challenge=" + hit.challengeId() + "&id=" + hit.recommendationId();
    }
}
