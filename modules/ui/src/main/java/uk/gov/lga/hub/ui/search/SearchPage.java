package uk.gov.lga.hub.ui.search;

import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.lga.hub.application.search.SearchRequest;
import uk.gov.lga.hub.application.search.SearchResults;
import uk.gov.lga.hub.application.search.UnreadableSearch;
import uk.gov.lga.hub.ui.form.FormErrors;

/**
 * A search page's state, read from the address (a GET form, so a search can be bookmarked and shared): the words,
 * the filters, the page, and the results. A search that cannot be run is shown as a GOV.UK error on the search box.
 */
public abstract class SearchPage {

    static final List<String> FILTERS = List.of("theme", "region", "councilType", "year", "kind");

    private final FormErrors errors = new FormErrors();
    private SearchResults results;
    private boolean ran;

    /** Runs the search for whoever this page serves. */
    protected abstract SearchResults run(SearchRequest request);

    /** This page's own address, from the context root ("/search.xhtml"). */
    protected abstract String path();

    /** Where a result of a council's own or an unpublished record opens (the public page has none). */
    protected abstract String linkToRecord(SearchResults.Hit hit);

    public String param(String name) {
        String value = params().get(name);
        return value == null ? "" : value;
    }

    public boolean isAsked() {
        return params().containsKey("q");
    }

    public FormErrors getErrors() {
        getResults();
        return errors;
    }

    public SearchResults getResults() {
        if (!ran && isAsked()) {
            ran = true;
            Map<String, String> p = params();
            try {
                results = run(SearchRequest.of(
                        p.get("q"),
                        p.get("theme"),
                        p.get("region"),
                        p.get("councilType"),
                        p.get("year"),
                        p.get("kind"),
                        p.get("page"),
                        null));
            } catch (UnreadableSearch unreadable) {
                errors.add("q", unreadable.getMessage());
            }
        }
        return results;
    }

    /** The facet's values, for its select: "any" first, then each value with its count. */
    public List<SearchResults.FacetCount> facet(String name) {
        SearchResults r = getResults();
        if (r == null || r.facets() == null) {
            return List.of();
        }
        return switch (name) {
            case "theme" -> r.facets().theme();
            case "region" -> r.facets().region();
            case "councilType" -> r.facets().councilType();
            case "year" -> r.facets().year();
            default -> r.facets().kind();
        };
    }

    public String kindLabel(String kind) {
        return switch (kind) {
            case "FEEDBACK_REPORT" -> "Feedback report";
            case "PROGRESS_REVIEW_REPORT" -> "Progress review report";
            case "RECOMMENDATION" -> "Recommendation";
            case "RESPONSE" -> "Council response";
            case "ACTION" -> "Action";
            case "PROGRESS_UPDATE" -> "Progress update";
            default -> kind;
        };
    }

    /** Where a result opens: the published report it is in, else the council's or the challenge's record. */
    public String link(SearchResults.Hit hit) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        if (hit.publicationId() != null) {
            return context + "/report.xhtml?id=" + hit.publicationId();
        }
        return context + linkToRecord(hit);
    }

    public boolean hasPrevious() {
        return results != null && results.page() > 1;
    }

    public boolean hasNext() {
        return results != null && results.page() < Math.min(results.pages(), SearchRequest.MAX_PAGE);
    }

    /** This search at another page. */
    public String pageLink(int page) {
        List<String> parts = new ArrayList<>();
        parts.add("q=" + encoded(param("q")));
        for (String filter : FILTERS) {
            if (!param(filter).isBlank()) {
                parts.add(filter + "=" + encoded(param(filter)));
            }
        }
        parts.add("page=" + page);
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + path() + "?"
                + String.join("&", parts);
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> params() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    }
}
