package uk.gov.lga.hub.api.input;

/**
 * A request body refused before it reached a resource: too large, not JSON, no body at all, a text too long.
 * Answered as a problem document by {@code RefusedBodyMapper}; {@code field} and {@code limit} are set when one
 * member of the body broke a limit.
 */
public final class RefusedBody extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String title;
    private final String field;
    private final Integer limit;

    RefusedBody(int status, String slug, String title, String detail, String field, Integer limit) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.field = field;
        this.limit = limit;
    }

    RefusedBody(int status, String slug, String title, String detail) {
        this(status, slug, title, detail, null, null);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Integer limit() {
        return limit;
    }
}
