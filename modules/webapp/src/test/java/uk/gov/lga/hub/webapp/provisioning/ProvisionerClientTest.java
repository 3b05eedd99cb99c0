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
    private final java.util.List<String> received = new java.util.ArrayList<>();

    /** A provisioner that answers 200 with this body and keeps what it was sent. */
    private ProvisionerClient answering200(String answer) throws Exception {
        provisioner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provisioner.createContext("/", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        provisioner.start();
        return clientOf(provisioner);
    }

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
        return clientOf(provisioner);
    }

    private static ProvisionerClient clientOf(HttpServer provisioner) {
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

    @Test
    void aFirstPasswordIsSentAsTemporary() throws Exception {
        ProvisionerClient client = answering200("{}");
        client.assignRegion(
                "north-east",
                "new-adviser",
                IdentityProvisioning.Person.withFirstPassword("a@example.test", "A", "B", "First-Passw0rd"));
        assertEquals(
                java.util.List.of("PUT /regions/north-east/advisers/new-adviser {\"email\":\"a@example.test\","
                        + "\"firstName\":\"A\",\"lastName\":\"B\",\"initialPassword\":\"First-Passw0rd\","
                        + "\"temporaryPassword\":true}"),
                received);
    }

    @Test
    void aRegionsAdvisersAreReadWithTheirDetails() throws Exception {
        ProvisionerClient client = answering200("[{\"username\":\"ne-adviser\",\"role\":\"principal-adviser\","
                + "\"email\":\"ne@lga.example\",\"firstName\":\"Nia\",\"lastName\":\"East\"},"
                + "{\"username\":\"no-details\",\"role\":\"principal-adviser\"}]");
        assertEquals(
                java.util.List.of(
                        new IdentityProvisioning.Member(
                                "ne-adviser", "principal-adviser", "ne@lga.example", "Nia", "East"),
                        new IdentityProvisioning.Member("no-details", "principal-adviser", null, null, null)),
                client.advisers("north-east"));
        assertEquals(java.util.List.of("GET /regions/north-east/advisers "), received);
    }
}
