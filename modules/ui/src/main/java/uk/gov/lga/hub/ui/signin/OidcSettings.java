package uk.gov.lga.hub.ui.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The Keycloak realm the UI signs in with: its issuer, our client, and its endpoints (discovered once). */
@ApplicationScoped
public class OidcSettings {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "hub.ui.client-id", defaultValue = "hub-ui")
    String clientId;

    @Inject
    @ConfigProperty(name = "hub.ui.client-secret", defaultValue = "hub-ui-dev-secret")
    String clientSecret;

    private volatile JsonObject discovery;

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String authorizationEndpoint() {
        return discovery().getString("authorization_endpoint");
    }

    public String tokenEndpoint() {
        return discovery().getString("token_endpoint");
    }

    public String endSessionEndpoint() {
        return discovery().getString("end_session_endpoint");
    }

    private JsonObject discovery() {
        JsonObject known = discovery;
        if (known == null) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(issuer + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new SignInFailed("The sign-in service is not available (" + response.statusCode() + ").");
                }
                known = Json.createReader(new StringReader(response.body())).readObject();
                discovery = known;
            } catch (IOException e) {
                throw new SignInFailed("The sign-in service is not available.");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SignInFailed("Interrupted while reaching the sign-in service.");
            }
        }
        return known;
    }
}
