package uk.gov.lga.hub.provisioning;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The provisioner's settings. Each is read from a system property, else from the environment variable of the same
 * name in upper snake case ({@code hub.provisioning.port} → {@code HUB_PROVISIONING_PORT}).
 *
 * @param port          loopback port of the HTTP interface; 0 picks a free one
 * @param key           shared key every caller sends in {@code X-Provisioning-Key}
 * @param keycloakUrl   Keycloak's base URL, without {@code /realms/...}
 * @param realm         the realm whose councils and advisers are managed
 * @param clientId      the confidential client whose service account does the work
 * @param clientSecret  its secret
 * @param faults        whether tests may inject failures with the {@code X-Fault} header
 */
public record ProvisioningConfig(
        int port, String key, URI keycloakUrl, String realm, String clientId, String clientSecret, boolean faults) {

    public static final String PORT = "hub.provisioning.port";
    public static final String KEY = "hub.provisioning.key";
    public static final String KEYCLOAK_URL = "hub.keycloak.url";
    public static final String REALM = "hub.keycloak.realm";
    public static final String CLIENT_ID = "hub.provisioner.client-id";
    public static final String CLIENT_SECRET = "hub.provisioner.secret";
    public static final String FAULTS = "hub.provisioning.faults";

    public ProvisioningConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(PORT + " must be a port number, not " + port);
        }
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(KEY + " is required: the shared key callers must send");
        }
        Objects.requireNonNull(keycloakUrl, KEYCLOAK_URL);
        requireText(realm, REALM);
        requireText(clientId, CLIENT_ID);
        requireText(clientSecret, CLIENT_SECRET);
    }

    /** Reads the settings from system properties and the environment. */
    public static ProvisioningConfig fromEnvironment() {
        return from(name -> {
            String property = System.getProperty(name);
            return property != null ? property : System.getenv(environmentName(name));
        });
    }

    static ProvisioningConfig from(UnaryOperator<String> settings) {
        String port = settings.apply(PORT);
        String url = or(settings.apply(KEYCLOAK_URL), "http://localhost:8180");
        try {
            return new ProvisioningConfig(
                    port == null ? 8181 : Integer.parseInt(port.trim()),
                    settings.apply(KEY),
                    URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url),
                    or(settings.apply(REALM), "lga"),
                    or(settings.apply(CLIENT_ID), "hub-provisioner"),
                    or(settings.apply(CLIENT_SECRET), "hub-provisioner-dev-secret"),
                    Boolean.parseBoolean(or(settings.apply(FAULTS), "false")));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PORT + " must be a number, not '" + port + "'");
        }
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    @Override
    public String toString() {
        // The key and the secret stay out of logs.
        return "port=" + port + ", keycloak=" + keycloakUrl + ", realm=" + realm + ", client=" + clientId + ", faults="
                + faults;
    }
}
