package uk.gov.lga.hub.provisioning;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A user's claims, from a new access token got with the password grant on the dev realm's hub-cli client. */
final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {}

    static Claims claimsOf(String username, String password) throws Exception {
        String form =
                "grant_type=password&client_id=hub-cli&username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                RunningProvisioner.keycloakUrl() + "/realms/lga/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("No token for " + username + ": " + response.body());
        }
        String token = ProvisionerClient.JSON
                .readTree(response.body())
                .get("access_token")
                .asText();
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return new Claims(ProvisionerClient.JSON.readTree(payload));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    record Claims(JsonNode json) {

        /** The claim's text, or null when the token does not carry it. */
        String text(String claim) {
            JsonNode value = json.get(claim);
            return value == null || value.isNull() ? null : value.asText();
        }

        /** The realm roles, as MicroProfile JWT reads them. */
        List<String> groups() {
            List<String> groups = new ArrayList<>();
            json.path("groups").forEach(g -> groups.add(g.asText()));
            return groups;
        }
    }
}
