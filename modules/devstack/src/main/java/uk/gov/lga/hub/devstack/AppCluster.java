package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Several Payara Micro instances of the WAR in one Payara cluster, behind HAProxy on the stack's public port, so
 * every address stays what a single instance has (deploy/cluster.sh). The instances find each other over TCP on
 * 127.0.0.1 (named members, no multicast, which containers and CI hosts often drop) and keep the web sessions of
 * the distributable WAR in the cluster's Hazelcast data grid, so a signed-in user survives the death of the instance
 * that signed them in.
 */
public final class AppCluster implements AutoCloseable {

    private final List<PayaraMicroServer> instances;
    private final HaproxyBalancer balancer;

    private AppCluster(List<PayaraMicroServer> instances, HaproxyBalancer balancer) {
        this.instances = instances;
        this.balancer = balancer;
    }

    /**
     * Instance {@code i} (from 1) listens on {@code publicPort + i} and on Hazelcast port {@code hazelcastPort + i -
     * 1}; its log, command files and process id (payara.pid) are in {@code work/instance-i}.
     */
    public static AppCluster start(
            Path payaraMicroJar,
            Path war,
            Path work,
            int publicPort,
            int size,
            int hazelcastPort,
            Map<String, String> settings,
            Consumer<String> say)
            throws IOException {
        String members = IntStream.range(0, size)
                .mapToObj(i -> "127.0.0.1:" + (hazelcastPort + i))
                .collect(Collectors.joining(","));
        List<PayaraMicroServer> instances = new ArrayList<>();
        try {
            // One after the other: the first migrates the schema and loads the demo data before the next starts.
            for (int i = 1; i <= size; i++) {
                long t0 = System.nanoTime();
                Path dir = Files.createDirectories(work.resolve("instance-" + i));
                PayaraMicroServer instance = PayaraMicroServer.start(
                        payaraMicroJar,
                        war,
                        dir,
                        publicPort + i,
                        settings,
                        List.of(
                                "--name",
                                "hub-" + i,
                                "--clustername",
                                "hub-" + publicPort,
                                "--clustermode",
                                "tcpip:" + members,
                                "--interfaces",
                                "127.0.0.1",
                                "--startport",
                                Integer.toString(hazelcastPort + i - 1)));
                instances.add(instance);
                Files.writeString(dir.resolve("payara.pid"), Long.toString(instance.pid()));
                say.accept(String.format(
                        "Instance hub-%d ready at %s in %.1f s (pid %d, log %s)",
                        i,
                        instance.baseUrl(),
                        (System.nanoTime() - t0) / 1e9,
                        instance.pid(),
                        dir.resolve("payara-micro.log")));
            }
            List<Integer> ports =
                    instances.stream().map(PayaraMicroServer::port).toList();
            return new AppCluster(instances, HaproxyBalancer.start(work, publicPort, ports));
        } catch (IOException | RuntimeException failed) {
            instances.forEach(PayaraMicroServer::close);
            throw failed;
        }
    }

    public String baseUrl() {
        return balancer.baseUrl();
    }

    @Override
    public void close() {
        balancer.close();
        instances.forEach(PayaraMicroServer::close);
    }
}
