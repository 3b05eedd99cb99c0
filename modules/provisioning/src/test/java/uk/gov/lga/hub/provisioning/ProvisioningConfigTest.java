package uk.gov.lga.hub.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvisioningConfigTest {

    @Test
    void only_the_key_is_required_and_everything_else_has_the_dev_stack_default() {
        ProvisioningConfig config = ProvisioningConfig.from(Map.of("hub.provisioning.key", "k")::get);

        assertEquals(
                new ProvisioningConfig(
                        8181,
                        "k",
                        URI.create("http://localhost:8180"),
                        "lga",
                        "hub-provisioner",
                        "hub-provisioner-dev-secret",
                        false),
                config);
    }

    @Test
    void settings_override_the_defaults() {
        ProvisioningConfig config = ProvisioningConfig.from(Map.of(
                "hub.provisioning.key",
                "k",
                "hub.provisioning.port",
                "9000",
                "hub.keycloak.url",
                "https://sso.example/",
                "hub.keycloak.realm",
                "other",
                "hub.provisioner.client-id",
                "id",
                "hub.provisioner.secret",
                "s",
                "hub.provisioning.faults",
                "true")::get);

        assertEquals(
                new ProvisioningConfig(9000, "k", URI.create("https://sso.example"), "other", "id", "s", true), config);
    }

    @Test
    void without_a_key_it_does_not_start() {
        var refused = assertThrows(
                IllegalArgumentException.class, () -> ProvisioningConfig.from(Map.<String, String>of()::get));
        assertTrue(refused.getMessage().contains("hub.provisioning.key"));
    }

    @Test
    void environment_variables_are_the_property_names_in_upper_snake_case() {
        assertEquals("HUB_PROVISIONING_PORT", ProvisioningConfig.environmentName("hub.provisioning.port"));
        assertEquals("HUB_PROVISIONER_CLIENT_ID", ProvisioningConfig.environmentName("hub.provisioner.client-id"));
    }

    @Test
    void the_key_and_the_secret_stay_out_of_the_log_line() {
        String logged = new ProvisioningConfig(1, "the-key", URI.create("http://kc"), "lga", "c", "the-secret", false)
                .toString();
        assertFalse(logged.contains("the-key") || logged.contains("the-secret"), logged);
    }
}
