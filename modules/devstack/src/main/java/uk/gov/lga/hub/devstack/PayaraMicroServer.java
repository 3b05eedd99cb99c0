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

    private PayaraMicroServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    public static PayaraMicroServer start(Path payaraMicroJar, Path war, Path workDir, int port,
                                          Map<String, String> settings) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx768m"));
        command.addAll(AppSettings.asJvmOptions(settings));
        command.addAll(List.of("-jar", payaraMicroJar.toString(), "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--nohostaware"));
        ManagedProcess process = ManagedProcess.start("Payara Micro", command, workDir.toFile(), Map.of(),
                workDir.resolve("payara-micro.log"));
        PayaraMicroServer server = new PayaraMicroServer(port, process);
        // Payara Micro keeps running when a deployment fails, and its health endpoint answers without the app:
        // the start page proves the WAR is deployed, readiness that its database is there.
        process.awaitOk(server.baseUrl() + "/", Duration.ofMinutes(3));
        process.awaitOk(server.baseUrl() + "/health/ready", Duration.ofMinutes(1));
        return server;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
