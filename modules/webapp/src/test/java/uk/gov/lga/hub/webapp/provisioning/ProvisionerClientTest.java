package uk.gov.lga.hub.webapp.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.lga.hub.application.access.IdentityProviderFailure;
import uk.gov.lga.hub.application.access.IdentityProvisioning;
import uk.gov.lga.hub.domain.shared.DomainRuleViolation;

/** What the application makes of the provisioner's refusals: the caller's fault stays a 4xx, ours a 502. */
class ProvisionerClientTest {

    private HttpServer provisioner;

    private ProvisionerClient answering(int status, String detail) throws Exception {
        provisioner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provisioner.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"status\":" + status + ",\"title\":\"t\",\"detail\":\"" + detail + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provisioner.start();
        ProvisionerClient client = new ProvisionerClient();
        client.url = "http://127.0.0.1:" + provisioner.getAddress().getPort();
        client.key = "k";
        return client;
    }

    @AfterEach
    void stop() {
        provisioner.stop(0);
    }

    private static void grant(ProvisionerClient client) {
        client.grantCouncilRole(
                "E08000026",
                "someone",
                IdentityProvisioning.CouncilRole.COUNCIL_EDITOR,
                new IdentityProvisioning.Person("a@example.test", "A", "B", null));
    }

    @Test
    void aBodyTheProvisionerFindsTooLargeIsARefusalOfTheRequestNotAFailureOfKeycloak() throws Exception {
        ProvisionerClient client = answering(413, "A body may have at most 65536 bytes.");
        DomainRuleViolation refused = assertThrows(DomainRuleViolation.class, () -> grant(client));
        assertEquals("identity-request-refused", refused.rule());
        assertEquals("A body may have at most 65536 bytes.", refused.getMessage());
    }

    @Test
    void anyOtherRefusalOfTheRequestIsOneToo() throws Exception {
        ProvisionerClient client = answering(422, "bad");
        assertThrows(DomainRuleViolation.class, () -> grant(client));
    }

    @Test
    void aRefusedKeyIsOurFaultAndStaysAnIdentityProviderFailure() throws Exception {
        ProvisionerClient client = answering(401, "wrong key");
        assertThrows(IdentityProviderFailure.class, () -> grant(client));
    }

    @Test
    void aFailureInsideTheProvisionerStaysAnIdentityProviderFailure() throws Exception {
        ProvisionerClient client = answering(502, "Keycloak did not answer");
        assertThrows(IdentityProviderFailure.class, () -> grant(client));
    }
}
