package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Payara Micro running the hub WAR at the root context. */
public final class PayaraMicroServer implements AutoCloseable {

    private final int port;
    private final ManagedProcess process;

    /**
     * The JVM options of every Payara Micro the project starts (docs/operations.md, "Running the WAR"). Naming the
     * JSON-P provider spares a class-path scan on each {@code Json.createReader}: MicroProfile JWT parses the realm's
     * keys and each token's claims that way, three scans of every jar per API request (JDK Flight Recorder, issue 17).
     */
    public static final List<String> JVM_OPTIONS =
            List.of("-Xmx768m", "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl");

    private PayaraMicroServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    public static PayaraMicroServer start(
            Path payaraMicroJar, Path war, Path workDir, int port, Map<String, String> settings) throws IOException {
        return start(payaraMicroJar, war, workDir, port, settings, List.of("--nocluster"));
    }

    /**
     * @param clusterOptions {@code --nocluster} for a single instance, else the Payara cluster to join ({@link
     *                       AppCluster}); the log and command files go to {@code workDir}, one per instance
     */
    public static PayaraMicroServer start(
            Path payaraMicroJar,
            Path war,
            Path workDir,
            int port,
            Map<String, String> settings,
            List<String> clusterOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(JVM_OPTIONS);
        command.addAll(AppSettings.asJvmOptions(settings));
        command.addAll(List.of(
                "-jar",
                payaraMicroJar.toString(),
                "--deploy",
                war.toString(),
                "--contextroot",
                "/",
                "--port",
                Integer.toString(port)));
        command.addAll(clusterOptions);
        command.addAll(List.of(
                // Every instance the stack starts is on this host: with host-aware partitioning Hazelcast would keep
                // no backup of a session anywhere (backups never go to a member with the same address).
                "--nohostaware",
                "--prebootcommandfile",
                commandFile(workDir, "pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile",
                commandFile(workDir, "post-boot-commands.asadmin").toString()));
        ManagedProcess process = ManagedProcess.start(
                "Payara Micro", command, workDir.toFile(), Map.of(), workDir.resolve("payara-micro.log"));
        PayaraMicroServer server = new PayaraMicroServer(port, process);
        // Payara Micro keeps running when a deployment fails, and its health endpoint answers without the app:
        // the start page proves the WAR is deployed, readiness that its database is there.
        process.awaitOk(server.baseUrl() + "/", Duration.ofMinutes(6));
        process.awaitOk(server.baseUrl() + "/health/ready", Duration.ofMinutes(1));
        return server;
    }

    /**
     * Payara's own settings the service needs (no Server or X-Powered-By banner, no public /metrics), the same files
     * as deploy/payara/ holds for running the WAR on your own Payara Micro; copied into the work folder.
     */
    private static Path commandFile(Path workDir, String name) throws IOException {
        Path file = workDir.resolve(name);
        try (var in = PayaraMicroServer.class.getResourceAsStream("/payara/" + name)) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.close();
    }
}
