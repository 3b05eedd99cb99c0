package uk.gov.lga.hub.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.lga.hub.devstack.KeycloakServer;

/** Real tokens from the real Keycloak, and the bad ones the API must refuse. */
public final class Tokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Tokens() {}

    /** A demo user's access token from the dev realm's hub-cli client (password grant). */
    public static String of(String username) {
        return of(username, "demo");
    }

    public static String of(String username, String password) {
        return passwordGrant(RunningStack.realmUrl(), "hub-cli", username, password);
    }

    /** The token's claims, as Keycloak issued them. */
    public static jakarta.json.JsonObject claims(String token) {
        return json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8))
                .asJsonObject();
    }

    /** A token that is perfectly good, except that it comes from Keycloak's master realm. */
    public static String fromAnotherRealm() {
        return passwordGrant(
                RunningStack.keycloakUrl() + "/realms/master",
                "admin-cli",
                KeycloakServer.ADMIN_USER,
                KeycloakServer.ADMIN_PASSWORD);
    }

    /** The user's real token with its signature replaced by one from a key Keycloak never had. */
    public static String signedByAnotherKey(String username) throws Exception {
        String[] parts = of(username).split("\\.");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.generateKeyPair().getPrivate());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    /**
     * A token from a client whose tokens live one second, with the same mappers as hub-cli, so the only thing
     * wrong with it once it expires is its age.
     */
    public static String shortLived(String username) {
        String admin = fromAnotherRealm();
        if (clientNamed("expiry-probe", admin).isEmpty()) {
            var cleanMappers = Json.createArrayBuilder();
            clientNamed("hub-cli", admin)
                    .orElseThrow()
                    .getJsonArray("protocolMappers")
                    .forEach(m -> {
                        JsonObjectBuilder copy = Json.createObjectBuilder(m.asJsonObject());
                        copy.remove("id");
                        cleanMappers.add(copy);
                    });
            JsonObject client = Json.createObjectBuilder()
                    .add("clientId", "expiry-probe")
                    .add("publicClient", true)
                    .add("directAccessGrantsEnabled", true)
                    .add("standardFlowEnabled", false)
                    .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", "1"))
                    .add("protocolMappers", cleanMappers)
                    .build();
            adminWrite("POST", CLIENTS, admin, client, 201);
        }
        return passwordGrant(RunningStack.realmUrl(), "expiry-probe", username, "demo");
    }

    /**
     * Lets the UI's client send browsers back to wherever the test deployed the application (the dev realm only
     * knows http://localhost:8080).
     */
    public static void allowUiRedirectsTo(String baseUrl) {
        String admin = fromAnotherRealm();
        JsonObject ui = clientNamed("hub-ui", admin).orElseThrow();
        String pattern = baseUrl.replaceAll("/+$", "") + "/*";
        JsonObject updated = Json.createObjectBuilder(ui)
                .add(
                        "redirectUris",
                        Json.createArrayBuilder(ui.getJsonArray("redirectUris")).add(pattern))
                .add(
                        "attributes",
                        Json.createObjectBuilder(ui.getJsonObject("attributes"))
                                .add(
                                        "post.logout.redirect.uris",
                                        ui.getJsonObject("attributes").getString("post.logout.redirect.uris", "") + "##"
                                                + pattern))
                .build();
        adminWrite("PUT", CLIENTS + "/" + ui.getString("id"), admin, updated, 204);
    }

    /** A user of the lga realm holding one realm role directly (as an administrator would set it up). */
    public static void createUserWithRealmRole(String username, String password, String role) {
        String admin = fromAnotherRealm();
        JsonObject user = Json.createObjectBuilder()
                .add("username", username)
                .add("enabled", true)
                .add("emailVerified", true)
                .add("firstName", "Pat")
                .add("lastName", "Peer")
                .add("email", username + "@example.test")
                .add(
                        "credentials",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("type", "password")
                                        .add("value", password)
                                        .add("temporary", false)))
                .build();
        adminWrite("POST", "/admin/realms/lga/users", admin, user, 201);
        String id = json(send(get(
                                RunningStack.keycloakUrl() + "/admin/realms/lga/users?exact=true&username=" + username,
                                admin))
                        .body())
                .asJsonArray()
                .getJsonObject(0)
                .getString("id");
        JsonObject roleRepresentation = json(send(get(
                                RunningStack.keycloakUrl() + "/admin/realms/lga/roles/" + role, admin))
                        .body())
                .asJsonObject();
        adminWrite(
                "POST",
                "/admin/realms/lga/users/" + id + "/role-mappings/realm",
                admin,
                Json.createArrayBuilder().add(roleRepresentation).build(),
                204);
    }

    private static final String CLIENTS = "/admin/realms/lga/clients";

    private static java.util.Optional<JsonObject> clientNamed(String clientId, String admin) {
        JsonArray found = json(send(get(RunningStack.keycloakUrl() + CLIENTS + "?clientId=" + clientId, admin))
                        .body())
                .asJsonArray();
        return found.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(found.getJsonObject(0));
    }

    private static void adminWrite(String verb, String path, String admin, JsonValue body, int expected) {
        HttpResponse<String> reply = send(HttpRequest.newBuilder(URI.create(RunningStack.keycloakUrl() + path))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .method(verb, HttpRequest.BodyPublishers.ofString(body.toString()))
                .build());
        if (reply.statusCode() != expected) {
            throw new IllegalStateException(
                    verb + " " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
    }

    /** Seconds since the epoch at which the token expires. */
    public static long expiry(String token) {
        return claims(token).getJsonNumber("exp").longValue();
    }

    private static String passwordGrant(String realmUrl, String clientId, String username, String password) {
        String form = Map.of(
                        "grant_type", "password", "client_id", clientId, "username", username, "password", password)
                .entrySet()
                .stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return json(response.body()).asJsonObject().getString("access_token");
    }

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak did not answer " + request.uri(), e);
        }
    }

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }
}
