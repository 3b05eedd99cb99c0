package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keycloak from the Maven Central distribution with the realm imported from deploy/keycloak, on a local H2 file
 * database. The distribution is built once ({@code kc.sh build}) and started {@code --optimized} with the settings
 * {@code start-dev} implied, and with a class-data sharing archive of its classes (docs/operations.md, "Logs and
 * start-up time"). The host name is pinned so the token issuer is the same whichever address a client uses.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    /** What {@code kc.sh build} bakes into the distribution; changing these rebuilds it on the next start. */
    static final List<String> BUILD_OPTIONS = List.of("--db=dev-file");

    private static final String CDS_ARCHIVE = "hub-classes.jsa";

    private static final Map<String, String> ENV = Map.of(
            "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
            "KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");

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
        Path home = unpackAndBuild(distribution, workDir);
        Path imported = workDir.resolve(".imported-realm");
        String realm = Files.readString(realmFile);
        if (fresh || !Files.exists(imported) || !Files.readString(imported).equals(realm)) {
            Folders.deleteTree(home.resolve("data/h2"));
            Files.writeString(imported, realm);
        }
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve("lga-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        // What start-dev implied: plain HTTP on localhost only, no cluster.
        List<String> command = List.of(
                home.resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=localhost",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--http-management-port=" + (port + 1000),
                "--cache=local",
                "--import-realm");
        Map<String, String> env = new HashMap<>(ENV);
        env.put("JAVA_OPTS_APPEND", classDataSharing(home));
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

    /**
     * Unpacks the distribution and runs {@code kc.sh build} in it, each only once (a marker file records the build
     * options). Locked, so two stacks sharing a work folder do not unpack or build over each other.
     */
    private static Path unpackAndBuild(Path distribution, Path workDir) throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        // Closing the channel releases the lock.
        try (FileChannel lock =
                FileChannel.open(workDir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock.lock();
            Path unpacked = workDir.resolve(".unpacked-" + distribution.getFileName() + "-" + Files.size(distribution));
            if (!Files.exists(unpacked)) {
                run(List.of("tar", "-xzf", distribution.toString(), "-C", workDir.toString()), workDir, null);
                Files.createFile(unpacked);
            }
            Path home = home(workDir);
            // The options, and the build's own output: a start-dev in the same folder rebuilds it for dev mode.
            Path marker = home.resolve(".hub-build");
            Path output = home.resolve("lib/quarkus/quarkus-application.dat");
            String options = String.join(" ", BUILD_OPTIONS);
            if (!Files.exists(marker)
                    || !Files.exists(output)
                    || !Files.readString(marker).equals(options + " " + Files.getLastModifiedTime(output))) {
                long t0 = System.nanoTime();
                List<String> build =
                        new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "build"));
                build.addAll(BUILD_OPTIONS);
                run(build, home, workDir.resolve("keycloak-build.log"));
                Files.writeString(marker, options + " " + Files.getLastModifiedTime(output));
                Files.deleteIfExists(home.resolve(CDS_ARCHIVE));
                System.out.printf("[hub] Keycloak built (kc.sh build %s) in %.1f s, once%n", options, seconds(t0));
            }
            return home;
        }
    }

    /**
     * JVM options for an application class-data sharing archive of this build: the first start writes it when it
     * stops, later starts map the classes from it instead of loading and verifying them again (about a quarter of
     * the CPU a start takes). The JVM ignores an archive that no longer matches, so a stale one costs nothing.
     */
    private static String classDataSharing(Path home) {
        Path archive = home.resolve(CDS_ARCHIVE);
        return Files.exists(archive)
                ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + archive + " -Xlog:cds=off -Xlog:cds+dynamic=off";
    }

    private static void run(List<String> command, Path dir, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().putAll(ENV);
        if (log == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
        }
        if (builder.start().waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed" + (log == null ? "" : "; see " + log));
        }
    }

    private static Path home(Path workDir) throws IOException {
        try (var entries = Files.list(workDir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(p))
                    .findFirst()
                    .orElseThrow(() -> new IOException("No keycloak-* folder in " + workDir));
        }
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** E.g. "16.2 s of CPU". */
    public String startupSummary() {
        return process.cpuSummary();
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
