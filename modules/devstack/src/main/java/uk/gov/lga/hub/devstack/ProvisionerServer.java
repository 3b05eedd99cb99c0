package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The provisioner (modules/provisioning) as the process of its own it is in production: it holds Keycloak's
 * admin client, which must never share a class path with the application.
 */
public final class ProvisionerServer implements AutoCloseable {

    /** The shared key between the application and the provisioner on a developer's machine. */
    public static final String DEV_KEY = "dev-provisioning-key";

    private final int port;
    private final ManagedProcess process;

    private ProvisionerServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * @param moduleDir     modules/provisioning, built (target/classes and target/classpath.txt)
     * @param faultsEnabled lets tests arm a failure part-way through onboarding
     */
    public static ProvisionerServer start(
            Path moduleDir, int port, String keycloakBaseUrl, boolean faultsEnabled, Path log) throws IOException {
        String classPath = moduleDir.resolve("target/classes")
                + java.io.File.pathSeparator
                + Files.readString(moduleDir.resolve("target/classpath.txt")).strip();
        List<String> command = new ArrayList<>(List.of(
                ManagedProcess.javaExecutable(),
                "-Xmx256m",
                "-Dhub.provisioning.port=" + port,
                "-Dhub.provisioning.key=" + DEV_KEY,
                "-Dhub.keycloak.url=" + keycloakBaseUrl,
                "-Dhub.provisioning.faults=" + faultsEnabled,
                "-cp",
                classPath,
                "uk.gov.lga.hub.provisioning.ProvisioningServer"));
        ManagedProcess process = ManagedProcess.start("Provisioner", command, moduleDir.toFile(), Map.of(), log);
        ProvisionerServer server = new ProvisionerServer(port, process);
        process.awaitOk(server.baseUrl() + "/health", Duration.ofMinutes(1));
        return server;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() {
        process.close();
    }
}
