package uk.gov.lga.hub.provisioning.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refusal the caller can act on, answered as an RFC 9457 problem document. The types share the hub API's base
 * URI so that one list of problem types documents both.
 */
public final class Problem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://peer-challenge-hub.local.gov.uk/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(int status, String slug, String title, String detail) {
        // Expected outcomes, not bugs: no stack trace is ever needed.
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "The request is not valid", detail);
    }

    public static Problem unauthorized() {
        return new Problem(401, "unauthorized", "Unauthorized",
                "Send the provisioning key in the X-Provisioning-Key header.");
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict", detail);
    }

    public Problem with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + slug);
        body.put("title", title);
        body.put("status", status);
        if (getMessage() != null) {
            body.put("detail", getMessage());
        }
        body.putAll(extensions);
        return body;
    }
}
