package uk.gov.lga.hub.ui.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How the UI signs in with the Keycloak realm: the issuer and our client, how long a call to Keycloak may take,
 * and how closely a UI session follows the Keycloak session behind it (see docs/operations.md).
 */
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "hub.ui.client-id", defaultValue = "hub-ui")
    String clientId;

    @Inject
    @ConfigProperty(name = "hub.ui.client-secret", defaultValue = "hub-ui-dev-secret")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "hub.ui.keycloak.connect-timeout-ms", defaultValue = "2000")
    int connectTimeoutMs;

    @Inject
    @ConfigProperty(name = "hub.ui.keycloak.read-timeout-ms", defaultValue = "5000")
    int readTimeoutMs;

    /** After a failed call, Keycloak is not asked again for this long; also the 503 page's Retry-After. */
    @Inject
    @ConfigProperty(name = "hub.ui.keycloak.retry-after-seconds", defaultValue = "10")
    long retryAfterSeconds;

    /** A signed-in session re-reads roles and council from Keycloak at least this often (or when the token expires). */
    @Inject
    @ConfigProperty(name = "hub.ui.session.recheck-seconds", defaultValue = "300")
    long recheckSeconds;

    /** How long a signed-in session carries on while Keycloak cannot be reached to recheck it. */
    @Inject
    @ConfigProperty(name = "hub.ui.session.offline-grace-seconds", defaultValue = "900")
    long offlineGraceSeconds;

    /** After this long a user signs in again, however active. */
    @Inject
    @ConfigProperty(name = "hub.ui.session.max-hours", defaultValue = "10")
    long maxHours;

    /** Fetch the realm's discovery document and keys at start-up rather than at the first sign-in. */
    @Inject
    @ConfigProperty(name = "hub.ui.keycloak.warm-up", defaultValue = "true")
    boolean warmUp;

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    int connectTimeoutMs() {
        return connectTimeoutMs;
    }

    int readTimeoutMs() {
        return readTimeoutMs;
    }

    boolean warmUp() {
        return warmUp;
    }

    Duration retryAfter() {
        return Duration.ofSeconds(retryAfterSeconds);
    }

    Duration recheck() {
        return Duration.ofSeconds(recheckSeconds);
    }

    Duration offlineGrace() {
        return Duration.ofSeconds(offlineGraceSeconds);
    }

    Duration maxLifetime() {
        return Duration.ofHours(maxHours);
    }
}
