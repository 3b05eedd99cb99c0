package uk.gov.lga.hub.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Calls the provisioner over HTTP, as its real callers do. */
final class ProvisionerClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String key;

    ProvisionerClient(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    ProvisionerClient withKey(String otherKey) {
        return new ProvisionerClient(base, otherKey);
    }

    Answer get(String path) {
        return send("GET", path, null, Map.of());
    }

    Answer put(String path, Object body) {
        return send("PUT", path, body, Map.of());
    }

    Answer delete(String path) {
        return send("DELETE", path, null, Map.of());
    }

    /** {@code body} is sent as is if it is a String (to send broken JSON), else written as JSON. */
    Answer send(String method, String path, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                    .timeout(Duration.ofSeconds(60))
                    .method(
                            method,
                            text == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                request.header("Content-Type", "application/json");
            }
            if (key != null) {
                request.header("X-Provisioning-Key", key);
            }
            // Set, not added: a test may replace the Content-Type above.
            headers.forEach(request::setHeader);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isEmpty() ? MissingNode.getInstance() : JSON.readTree(response.body()),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    record Answer(int status, String contentType, JsonNode json, String text) {

        @Override
        public String toString() {
            return status + " " + text;
        }
    }
}
