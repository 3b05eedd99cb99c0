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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
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
