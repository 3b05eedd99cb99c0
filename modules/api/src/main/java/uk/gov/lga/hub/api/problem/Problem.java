package uk.gov.lga.hub.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of problem, documented in docs/api.md;
 * extension members carry what a client needs to act (e.g. the allowed moves).
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
    private static final String TYPE_BASE = "https://peer-challenge-hub.local.gov.uk/problems/";

    private Problem() {}

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static Map<String, Object> body(String slug, String title, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type(slug).toString());
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        return body;
    }

    public static Response response(Map<String, Object> body) {
        return Response.status((Integer) body.get("status"))
                .type(MEDIA)
                .entity(body)
                .build();
    }

    public static Response response(String slug, String title, int status, String detail) {
        return response(body(slug, title, status, detail));
    }
}
