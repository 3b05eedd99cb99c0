package uk.gov.lga.hub.application.search;

/** A search the service cannot run as asked (empty, too long, nothing to find, a filter or page out of range). */
public class UnreadableSearch extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableSearch(String message) {
        super(message);
    }
}
