package uk.gov.lga.hub.webapp.provisioning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.application.shared.NotFound;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/**
 * Talks to the provisioner, the separate process that holds Keycloak's admin client (which must not be on this
 * application's class path). Loopback HTTP with a shared key; see modules/provisioning.
 */
@ApplicationScoped
public class ProvisionerClient implements IdentityProvisioning {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "hub.provisioning.url", defaultValue = "http://localhost:8181")
    String url;

    @Inject
    @ConfigProperty(name = "hub.provisioning.key", defaultValue = "")
    String key;

    @Override
    public void ensureCouncil(String councilCode, String councilName) {
        send(
                "PUT",
                "/councils/" + encode(councilCode),
                Json.createObjectBuilder().add("name", councilName));
    }

    @Override
    public List<Member> members(String councilCode) {
        return membersIn(send("GET", "/councils/" + encode(councilCode) + "/members", null));
    }

    @Override
    public boolean grantCouncilRole(String councilCode, String username, CouncilRole role, Person person) {
        return createdUser(send(
                "PUT",
                "/councils/" + encode(councilCode) + "/members/" + encode(username),
                person(person).add("role", role == null ? "" : role.roleName())));
    }

    @Override
    public void revokeCouncilAccess(String councilCode, String username) {
        send("DELETE", "/councils/" + encode(councilCode) + "/members/" + encode(username), null);
    }

    @Override
    public boolean assignRegion(String regionCode, String username, Person person) {
        return createdUser(
                send("PUT", "/regions/" + encode(regionCode) + "/advisers/" + encode(username), person(person)));
    }

    /** The provisioner says whether it had to create the account; an answer without it means it did not. */
    private static boolean createdUser(String answer) {
        try {
            return Json.createReader(new StringReader(answer)).readObject().getBoolean("createdUser", false);
        } catch (RuntimeException notAnObject) {
            return false;
        }
    }

    @Override
    public void removeRegion(String regionCode, String username) {
        send("DELETE", "/regions/" + encode(regionCode) + "/advisers/" + encode(username), null);
    }

    @Override
    public List<Member> advisers(String regionCode) {
        return membersIn(send("GET", "/regions/" + encode(regionCode) + "/advisers", null));
    }

    @Override
    public Optional<Member> person(String username) {
        try {
            return Optional.of(memberOf(
                    Json.createReader(new StringReader(send("GET", "/users/" + encode(username), null)))
                            .readObject()));
        } catch (NotFound none) {
            return Optional.empty();
        }
    }

    private static List<Member> membersIn(String body) {
        return Json.createReader(new StringReader(body)).readArray().stream()
                .map(JsonValue::asJsonObject)
                .map(ProvisionerClient::memberOf)
                .toList();
    }

    private static Member memberOf(JsonObject m) {
        return new Member(
                m.getString("username"),
                m.getString("role", null),
                m.getString("email", null),
                m.getString("firstName", null),
                m.getString("lastName", null));
    }

    private static JsonObjectBuilder person(Person person) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        if (person != null) {
            addIfPresent(json, "email", person.email());
            addIfPresent(json, "firstName", person.firstName());
            addIfPresent(json, "lastName", person.lastName());
            addIfPresent(json, "initialPassword", person.initialPassword());
            if (person.temporaryPassword()) {
                json.add("temporaryPassword", true);
            }
        }
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /**
     * The provisioner's refusals of the request itself (400, 409, 413, 422, ...) are refusals for our caller too;
     * 401/403 mean our own key is wrong and anything else that Keycloak failed: both are ours, not the caller's.
     */
    private String send(String verb, String path, JsonObjectBuilder body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Provisioning-Key", key)
                .method(
                        verb,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(
                                        body.build().toString()));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderFailure("The provisioning service did not answer.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderFailure("Interrupted while provisioning.", e);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response.body();
        }
        String detail = detailOf(response.body());
        if (status == 404) {
            throw new NotFound(detail);
        }
        if (status / 100 == 4 && status != 401 && status != 403) {
            throw new DomainRuleViolation("identity-request-refused", detail);
        }
        throw new IdentityProviderFailure("The sign-in service failed (" + status + "): " + detail);
    }

    private static String detailOf(String problem) {
        try {
            JsonObject json = Json.createReader(new StringReader(problem)).readObject();
            return json.getString("detail", json.getString("title", "no detail"));
        } catch (RuntimeException notJson) {
            return "no detail";
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
