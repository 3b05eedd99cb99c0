package uk.gov.lga.hub.provisioning;

import jakarta.ws.rs.SeBootstrap;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import uk.gov.lga.hub.provisioning.council.CouncilGroups;
import uk.gov.lga.hub.provisioning.council.CouncilMembers;
import uk.gov.lga.hub.provisioning.council.CouncilResource;
import uk.gov.lga.hub.provisioning.http.FaultInjection;
import uk.gov.lga.hub.provisioning.http.FaultResource;
import uk.gov.lga.hub.provisioning.http.OneChangeAtATime;
import uk.gov.lga.hub.provisioning.http.ProvisioningApi;
import uk.gov.lga.hub.provisioning.keycloak.GroupTree;
import uk.gov.lga.hub.provisioning.keycloak.KeycloakRealm;
import uk.gov.lga.hub.provisioning.region.RegionAdvisers;
import uk.gov.lga.hub.provisioning.region.RegionResource;
import uk.gov.lga.hub.provisioning.user.UserAccounts;
import uk.gov.lga.hub.provisioning.user.UserResource;

/**
 * The provisioner: manages councils' and advisers' access in Keycloak, over HTTP on the loopback interface only, as
 * Jakarta REST resources served by RESTEasy on an embedded Undertow ({@link SeBootstrap}). It runs as a process of
 * its own because Keycloak's admin client (RESTEasy) breaks Payara's Jersey inside the WAR.
 */
public final class ProvisioningServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProvisioningServer.class.getName());
    private static final long START_AND_STOP_SECONDS = 60;

    private final SeBootstrap.Instance http;
    private final KeycloakRealm keycloak;

    private ProvisioningServer(SeBootstrap.Instance http, KeycloakRealm keycloak) {
        this.http = http;
        this.keycloak = keycloak;
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ProvisioningConfig config;
        try {
            config = ProvisioningConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("[provisioner] Not started: " + e.getMessage());
            System.exit(2);
            return;
        }
        ProvisioningServer server = start(config);
        server.stopOnShutdown();
        LOG.info("Provisioner listening on " + server.baseUri() + " (" + config + ")");
        // Undertow's threads are daemons: without this the process would end here.
        Thread.currentThread().join();
    }

    /** Starts listening; Keycloak is contacted per request, so this works before Keycloak is up. */
    public static ProvisioningServer start(ProvisioningConfig config) throws IOException {
        KeycloakRealm keycloak = KeycloakRealm.connect(config);
        try {
            SeBootstrap.Configuration where = SeBootstrap.Configuration.builder()
                    .host(InetAddress.getLoopbackAddress().getHostAddress())
                    // 0 is SeBootstrap's FREE_PORT too: RESTEasy picks one, and the configuration then tells which.
                    .port(config.port())
                    .build();
            SeBootstrap.Instance http = SeBootstrap.start(
                            new ProvisioningApi(config.key(), resources(config, keycloak)), where)
                    .toCompletableFuture()
                    .get(START_AND_STOP_SECONDS, TimeUnit.SECONDS);
            return new ProvisioningServer(http, keycloak);
        } catch (ExecutionException | TimeoutException e) {
            keycloak.close();
            throw new IOException(
                    "The provisioner's HTTP server did not start on port " + config.port(),
                    e instanceof ExecutionException ? e.getCause() : e);
        } catch (InterruptedException e) {
            keycloak.close();
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting the provisioner's HTTP server", e);
        }
    }

    private static List<Object> resources(ProvisioningConfig config, KeycloakRealm keycloak) {
        GroupTree groups = new GroupTree(keycloak.resource());
        UserAccounts users = new UserAccounts(keycloak.resource());
        CouncilGroups councils = new CouncilGroups(groups);
        FaultInjection faults = new FaultInjection(config.faults());
        OneChangeAtATime changes = new OneChangeAtATime();

        List<Object> resources = new ArrayList<>(List.of(
                new HealthResource(keycloak),
                new CouncilResource(councils, new CouncilMembers(councils, groups, users), faults, changes),
                new RegionResource(new RegionAdvisers(groups, users), changes),
                new UserResource(users)));
        if (faults.enabled()) {
            resources.add(new FaultResource(faults));
        }
        return resources;
    }

    public int port() {
        return http.configuration().port();
    }

    public URI baseUri() {
        return URI.create("http://" + http.configuration().host() + ":" + port());
    }

    /**
     * Stops when the JVM does. Not through {@link #close()}: by the time a shutdown hook runs, the executor that
     * {@link SeBootstrap.Instance#stop()} needs may already be gone; RESTEasy's own hook stops the server directly.
     */
    private void stopOnShutdown() {
        http.stopOnShutdown(stopped -> keycloak.close());
    }

    @Override
    public void close() {
        try {
            http.stop().toCompletableFuture().get(START_AND_STOP_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warning("The provisioner's HTTP server did not stop cleanly: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            keycloak.close();
        }
    }
}
