package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * HAProxy (the Debian package; deploy/cluster.sh installs it) in front of the cluster's instances, with the
 * configuration written to {@code work/haproxy.cfg} on each start.
 */
final class HaproxyBalancer implements AutoCloseable {

    private final int port;
    private final ManagedProcess process;

    private HaproxyBalancer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    static HaproxyBalancer start(Path work, int port, List<Integer> backends) throws IOException {
        Path config = Files.writeString(work.resolve("haproxy.cfg"), config(port, backends));
        ManagedProcess process = ManagedProcess.start(
                "HAProxy",
                List.of(executable(), "-db", "-f", config.toString()),
                work.toFile(),
                Map.of(),
                work.resolve("haproxy.log"));
        HaproxyBalancer balancer = new HaproxyBalancer(port, process);
        process.awaitOk(balancer.baseUrl() + "/health/ready", Duration.ofSeconds(30));
        return balancer;
    }

    /**
     * Round robin, except that a UI session sticks to the instance that holds it (the session cookie's prefix) while
     * that instance is up, as Payara advises for replicated sessions; the other instance has a copy for when it is
     * not. An instance is out after two failed readiness checks 500 ms apart (each may take 2 s: a busy instance is
     * slow, not dead), or at once when a connection to it fails; back after two good ones. A request that could not be sent, or whose connection died before any answer,
     * goes to the other instance: any request on a connection failure (nothing reached the app), only GET, HEAD and
     * OPTIONS once it may have been sent (running a POST twice is not safe).
     */
    static String config(int port, List<Integer> backends) {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < backends.size(); i++) {
            servers.append(
                    "    server hub-%1$d 127.0.0.1:%2$d check cookie hub-%1$d\n".formatted(i + 1, backends.get(i)));
        }
        return """
                global
                    maxconn 4096
                    log stdout format iso local0 notice

                defaults
                    mode http
                    log global
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    timeout http-keep-alive 10s
                    timeout check 2s
                    retries 3
                    option redispatch 1
                    retry-on conn-failure empty-response junk-response response-timeout

                frontend hub
                    bind :%d
                    default_backend instances

                backend instances
                    balance roundrobin
                    cookie JSESSIONID prefix nocache
                    option httpchk GET /health/ready
                    http-check expect status 200
                    http-request disable-l7-retry if !METH_GET !METH_HEAD !METH_OPTIONS
                    # Which instance answered (dev cluster only; deploy/bench/failover.sh reads it).
                    http-response set-header X-Hub-Instance %%s
                    default-server inter 500ms fastinter 250ms downinter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down
                %s""".formatted(port, servers);
    }

    private static String executable() {
        String configured = System.getenv("HUB_HAPROXY");
        if (configured != null) {
            return configured;
        }
        return Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
