package uk.gov.lga.hub.it;

import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the deployed API the way any client would: over HTTP, with or without a bearer token. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URL base;

    public Api(URL base) {
        this.base = base;
    }

    public Reply get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    public Reply put(String path, String token, String json) throws Exception {
        return send("PUT", path, token, json);
    }

    public Reply delete(String path, String token) throws Exception {
        return send("DELETE", path, token, null);
    }

    /** Sends raw bytes, as an evidence upload does. */
    public Reply upload(String path, String token, byte[] content, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content))
                .header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** The raw bytes of a download, with its headers. */
    public HttpResponse<byte[]> download(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Paths are relative to the deployment ("api/v1/…"); a leading slash means the server root. */
    public Reply send(String verb, String path, String token, String json) throws Exception {
        return send(verb, path, token, json, null);
    }

    /** As {@link #send}, stating in {@code If-Match} the version the change is based on. */
    public Reply send(String verb, String path, String token, String json, Long basedOn) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(base.toString()).resolve(path))
                .method(
                        verb,
                        json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (basedOn != null) {
            request.header("If-Match", "\"" + basedOn + "\"");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    public record Reply(int status, String contentType, String body) {

        public JsonValue json() {
            return Tokens.json(body);
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json")
                    && json().asJsonObject().getInt("status") == status
                    && json().asJsonObject().containsKey("title");
        }
    }
}
