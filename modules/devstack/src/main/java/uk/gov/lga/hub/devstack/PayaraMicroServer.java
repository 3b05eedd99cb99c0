package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /**
     * Added where the project starts Payara Micro for development and tests, never in production: compiling with
     * C1 only roughly halves the CPU a start-up takes (JIT threads compete with the deployment on a 2-core machine),
     * at the cost of peak throughput. {@code HUB_JIT=full} leaves them out, for benchmarks.
     */
    static final List<String> QUICK_START_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    private static final String LOG = "payara-micro.log";

    /** The app's readiness check (uk.gov.lga.hub.api.health.DatabaseReadiness), as /health/ready names it. */
    private static final String READY = "\"name\":\"database\"";

    private static final Pattern DEPLOYED = Pattern.compile("was successfully deployed in ([\\d,.]+) milli");

    private PayaraMicroServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * A single instance has no one to share sessions or caches with: no data grid (Hazelcast took ~2 s of its start).
     * {@code --nohazelcast} alone: with {@code --nocluster} beside it Payara Micro starts Hazelcast all the same.
     */
    private static final List<String> SINGLE = List.of("--nohazelcast");

    public static PayaraMicroServer start(
            Path payaraMicroJar, Path war, Path workDir, int port, Map<String, String> settings) throws IOException {
        return start(Launch.of(payaraMicroJar), war, workDir, port, settings, SINGLE);
    }

    /** A single instance from the {@link KeptRuntime}, using its class-data archive when there is one. */
    public static PayaraMicroServer start(
            KeptRuntime runtime, Path war, Path workDir, int port, Map<String, String> settings) throws IOException {
        runtime.reset();
        return start(runtime.launch(), war, workDir, port, settings, SINGLE);
    }

    /**
     * Starts an instance from the {@link KeptRuntime} that records the classes it loads, waits until it is ready and
     * stops it, which writes the runtime's class-data archive: once, before the first start that uses it.
     */
    public static void recordClassArchive(
            KeptRuntime runtime, Path war, Path workDir, int port, Map<String, String> settings) throws IOException {
        runtime.reset();
        start(runtime.recordingLaunch(), war, workDir, port, settings, SINGLE).close();
        if (!runtime.hasClassArchive()) {
            throw new IOException("Payara Micro wrote no class-data archive; see " + workDir.resolve(LOG));
        }
    }

    /**
     * @param clusterOptions {@code --nohazelcast} for a single instance, else the Payara cluster to join ({@link
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
        return start(Launch.of(payaraMicroJar), war, workDir, port, settings, clusterOptions);
    }

    private static PayaraMicroServer start(
            Launch launch, Path war, Path workDir, int port, Map<String, String> settings, List<String> clusterOptions)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(ManagedProcess.javaExecutable()));
        command.addAll(jvmOptions());
        command.addAll(launch.jvmOptions());
        command.addAll(AppSettings.asJvmOptions(settings));
        command.addAll(List.of(
                "-jar",
                launch.jar().toString(),
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
        ManagedProcess process =
                ManagedProcess.start("Payara Micro", command, workDir.toFile(), Map.of(), workDir.resolve(LOG));
        PayaraMicroServer server = new PayaraMicroServer(port, process);
        // Payara Micro keeps running when a deployment fails, and its health endpoint then answers UP with no
        // checks: the app's own database check in the answer proves the WAR is deployed and its database there.
        process.awaitOk(server.baseUrl() + "/health/ready", Duration.ofMinutes(6), READY);
        return server;
    }

    /**
     * Payara's own settings the service needs (no Server or X-Powered-By banner, no public /metrics), the same files
     * as deploy/payara/ holds for running the WAR on your own Payara Micro; copied into the work folder.
     */
    private static Path commandFile(Path workDir, String name) throws IOException {
        Path file = workDir.resolve(name);
        try (var in = PayaraMicroServer.class.getResourceAsStream("/payara/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** {@link #JVM_OPTIONS}, and the quick-start ones unless {@code HUB_JIT=full}. */
    public static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(JVM_OPTIONS);
        if (!"full".equals(System.getenv("HUB_JIT"))) {
            options.addAll(QUICK_START_OPTIONS);
        }
        return options;
    }

    /** How the start-up went, from Payara's own log: e.g. "the WAR deployed in 5.2 s, 14.1 s of CPU". */
    public String startupSummary() {
        String deployed = "";
        try {
            Matcher m = DEPLOYED.matcher(Files.readString(process.log()));
            if (m.find()) {
                deployed = String.format(
                        "the WAR deployed in %.1f s, ",
                        Integer.parseInt(m.group(1).replaceAll("\\D", "")) / 1e3);
            }
        } catch (IOException | NumberFormatException unreadable) {
            // the figure is only informative
        }
        return deployed + process.cpuSummary();
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

    /** How a Payara Micro JVM is launched: the jar to run, and JVM options of the launch's own. */
    record Launch(Path jar, List<String> jvmOptions) {

        static Launch of(Path payaraMicroJar) {
            return new Launch(payaraMicroJar, List.of());
        }
    }
}
