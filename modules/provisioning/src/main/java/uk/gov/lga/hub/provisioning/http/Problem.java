package uk.gov.lga.hub.provisioning.http;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A refusal the caller can act on, answered as an RFC 9457 problem document. The types share the hub API's base
 * URI so that one list of problem types documents both.
 */
public final class Problem {

    private static final long serialVersionUID = 1L;

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://peer-challenge-hub.local.gov.uk/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final String detail;
    private final Map<String, Object> extensions = new LinkedHashMap<>();

    public Problem(int status, String slug, String title, String detail) {
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.detail = detail;
    }

    public static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "The request is not valid", detail);
    }

    public static Problem unauthorized() {
        return new Problem(
                401,
                "unauthorized",
                "Unauthorized",
                "Send the provisioning key in the " + SharedKeyCheck.HEADER + " header.");
    }

    public static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public static Problem conflict(String detail) {
        return new Problem(409, "conflict", "Conflict", detail);
    }

    /** A problem named after its status's reason phrase (415 → unsupported-media-type), for the rarer refusals. */
    public static Problem ofStatus(int status, String detail) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String reason = known == null ? "Request refused" : known.getReasonPhrase();
        return new Problem(status, reason.toLowerCase(Locale.ROOT).replace(' ', '-'), reason, detail);
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
        if (detail != null) {
            body.put("detail", detail);
        }
        body.putAll(extensions);
        return body;
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(body()).build();
    }
}
