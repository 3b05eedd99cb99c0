package uk.gov.lga.hub.provisioning.keycloak;

import jakarta.ws.rs.client.Client;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import uk.gov.lga.hub.provisioning.ProvisioningConfig;

/**
 * The realm, reached through the admin client as the provisioner client's service account (client credentials).
 * The admin client renews the token by itself.
 */
public final class KeycloakRealm implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeycloakRealm.class.getName());

    private final Keycloak keycloak;
    private final RealmResource realm;
    private final AtomicBoolean tokenFailing = new AtomicBoolean();

    private KeycloakRealm(Keycloak keycloak, String realmName) {
        this.keycloak = keycloak;
        this.realm = keycloak.realm(realmName);
    }

    public static KeycloakRealm connect(ProvisioningConfig config) {
        // The admin client's own HTTP client, plus time limits: without them a Keycloak that stops answering
        // would hold the caller forever instead of getting a 502.
        Client http = ResteasyClientClassicProvider.createClientBuilder()
                .connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .register(JacksonProvider.class, 100)
                .build();
        Keycloak keycloak = KeycloakBuilder.builder()
                .serverUrl(config.keycloakUrl().toString())
                .realm(config.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(config.clientId())
                .clientSecret(config.clientSecret())
                .resteasyClient(http)
                .build();
        return new KeycloakRealm(keycloak, config.realm());
    }

    public RealmResource resource() {
        return realm;
    }

    /** Whether a fresh service-account token can be had right now: Keycloak is up and knows our credentials. */
    public boolean canGetToken() {
        try {
            keycloak.tokenManager().grantToken();
            if (tokenFailing.compareAndSet(true, false)) {
                LOG.info("Service-account tokens from Keycloak again");
            }
            return true;
        } catch (RuntimeException e) {
            // Health is polled: say it once when it starts failing, not on every poll.
            LOG.log(
                    tokenFailing.compareAndSet(false, true) ? Level.WARNING : Level.FINE,
                    "No service-account token from Keycloak: " + e);
            return false;
        }
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
