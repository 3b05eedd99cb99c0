package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the Maven Central distribution, in dev mode with the realm imported from deploy/keycloak.
 * The host name is pinned so the token issuer is the same whichever address a client uses.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final int port;
    private final ManagedProcess process;

    private KeycloakServer(int port, ManagedProcess process) {
        this.port = port;
        this.process = process;
    }

    /**
     * Unpacks the distribution under {@code workDir} (once) and starts it on {@code port}.
     *
     * @param distribution the keycloak-quarkus-dist tar.gz
     * @param realmFile    the realm to import, named {@code <realm>-realm.json}
     */
    public static KeycloakServer start(Path distribution, Path workDir, Path realmFile, int port)
            throws IOException, InterruptedException {
        return start(distribution, workDir, realmFile, port, false);
    }

    /**
     * @param fresh forget everything Keycloak stored (users added since, earlier imports); tests want this.
     *              Without it the stored realm is kept, unless the realm file changed since it was imported:
     *              Keycloak skips importing a realm it already has.
     */
    public static KeycloakServer start(Path distribution, Path workDir, Path realmFile, int port, boolean fresh)
            throws IOException, InterruptedException {
        Path home = unpack(distribution, workDir);
        Path imported = workDir.resolve(".imported-realm");
        String realm = Files.readString(realmFile);
        if (fresh || !Files.exists(imported) || !Files.readString(imported).equals(realm)) {
            deleteTree(home.resolve("data/h2"));
            Files.writeString(imported, realm);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve("lga-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--http-management-port=" + (port + 1000),
                "--import-realm");
        Map<String, String> env = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
        ManagedProcess process =
                ManagedProcess.start("Keycloak", command, home.toFile(), env, workDir.resolve("keycloak.log"));
        KeycloakServer server = new KeycloakServer(port, process);
        process.awaitOk(server.realmUrl() + "/.well-known/openid-configuration", Duration.ofMinutes(10));
        return server;
    }

    /**
     * The dev realm sends browsers back to http://localhost:8080 only; for an application on another port, a copy
     * of {@code realmFile} (in {@code workDir}) that sends them to that port.
     */
    public static Path realmFileFor(Path realmFile, Path workDir, int appPort) throws IOException {
        if (appPort == 8080) {
            return realmFile;
        }
        return Files.writeString(
                Files.createDirectories(workDir.resolve("realm")).resolve(realmFile.getFileName()),
                Files.readString(realmFile).replace("http://localhost:8080", "http://localhost:" + appPort));
    }

    private static Path unpack(Path distribution, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path marker = workDir.resolve(".unpacked-" + distribution.getFileName() + "-" + Files.size(distribution));
        if (!Files.exists(marker)) {
            Process tar = new ProcessBuilder("tar", "-xzf", distribution.toString(), "-C", workDir.toString())
                    .inheritIO()
                    .start();
            if (tar.waitFor() != 0) {
                throw new IOException("Could not unpack " + distribution);
            }
            Files.createFile(marker);
        }
        try (var entries = Files.list(workDir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No keycloak-* folder in " + workDir));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/lga";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        process.close();
    }
}
