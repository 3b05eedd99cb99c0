package uk.gov.lga.hub.provisioning;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import uk.gov.lga.hub.provisioning.council.CouncilGroups;
import uk.gov.lga.hub.provisioning.council.CouncilMembers;
import uk.gov.lga.hub.provisioning.council.CouncilRoutes;
import uk.gov.lga.hub.provisioning.http.FaultInjection;
import uk.gov.lga.hub.provisioning.http.Reply;
import uk.gov.lga.hub.provisioning.http.Router;
import uk.gov.lga.hub.provisioning.keycloak.GroupTree;
import uk.gov.lga.hub.provisioning.keycloak.KeycloakRealm;
import uk.gov.lga.hub.provisioning.region.RegionAdvisers;
import uk.gov.lga.hub.provisioning.region.RegionRoutes;
import uk.gov.lga.hub.provisioning.user.UserAccounts;

/**
 * The provisioner: manages councils' and advisers' access in Keycloak, over HTTP on the loopback interface only.
 * It runs as a process of its own because Keycloak's admin client (RESTEasy) breaks Payara's Jersey inside the WAR.
 */
public final class ProvisioningServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ProvisioningServer.class.getName());

    private final HttpServer http;
    private final ExecutorService workers;
    private final KeycloakRealm keycloak;

    private ProvisioningServer(HttpServer http, ExecutorService workers, KeycloakRealm keycloak) {
        this.http = http;
        this.workers = workers;
        this.keycloak = keycloak;
    }

    public static void main(String[] args) throws IOException {
        ProvisioningConfig config;
        try {
            config = ProvisioningConfig.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("[provisioner] Not started: " + e.getMessage());
            System.exit(2);
            return;
        }
        ProvisioningServer server = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        LOG.info("Provisioner listening on " + server.baseUri() + " (" + config + ")");
    }

    /** Starts listening; Keycloak is contacted per request, so this works before Keycloak is up. */
    public static ProvisioningServer start(ProvisioningConfig config) throws IOException {
        KeycloakRealm keycloak = KeycloakRealm.connect(config);
        GroupTree groups = new GroupTree(keycloak.resource());
        UserAccounts users = new UserAccounts(keycloak.resource());
        CouncilGroups councils = new CouncilGroups(groups);
        FaultInjection faults = new FaultInjection(config.faults());

        Router router = new Router(config.key());
        router.open("GET", "/health", request -> keycloak.canGetToken()
                ? Reply.ok(Map.of("status", "UP"))
                : new Reply(503, Map.of("status", "DOWN")));
        new CouncilRoutes(councils, new CouncilMembers(councils, groups, users), faults).addTo(router);
        new RegionRoutes(new RegionAdvisers(groups, users)).addTo(router);
        if (faults.enabled()) {
            router.route("POST", "/faults", request -> {
                faults.armNext(request.body(ArmedFault.class).next());
                return Reply.noContent();
            });
        }

        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 0);
        ExecutorService workers = Executors.newFixedThreadPool(4, new WorkerThreads());
        http.setExecutor(workers);
        http.createContext("/", router);
        http.start();
        return new ProvisioningServer(http, workers, keycloak);
    }

    public int port() {
        return http.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create("http://" + http.getAddress().getHostString() + ":" + port());
    }

    @Override
    public void close() {
        http.stop(1);
        workers.shutdown();
        keycloak.close();
    }

    private static final class WorkerThreads implements java.util.concurrent.ThreadFactory {

        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            return new Thread(task, "provisioner-" + count.incrementAndGet());
        }
    }

    /** The body of {@code POST /faults}: the checkpoint at which the next change fails. */
    record ArmedFault(String next) {
    }
}
