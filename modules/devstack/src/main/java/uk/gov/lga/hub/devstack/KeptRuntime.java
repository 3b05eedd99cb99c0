package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * Payara Micro's runtime unpacked once into a folder of its own, with a launcher jar ({@code --outputlauncher}) and
 * a class-data archive (AppCDS) of the classes a start loads, so that later starts of the dev stack neither unpack
 * the 97 MB runtime again nor parse and verify its classes again (issue 17: 15.8 s → 12.0 s measured side by side).
 * The launcher lists the runtime's jars on its class path, which is what lets the JVM use the archive; the plain
 * {@code -jar payara-micro.jar} loads them through a loader of its own from a new temporary folder each time.
 *
 * <p>One start at a time per folder: Payara keeps its configuration and deployments in it. The tests start Payara
 * from the plain jar, on ports and in folders of their own.
 */
public final class KeptRuntime {

    private static final String KEPT_DOMAIN = "domain.xml.as-made";

    private final Path root;

    private KeptRuntime(Path root) {
        this.root = root;
    }

    /** The runtime in {@code root}, made there from {@code payaraMicroJar} unless it already was (about 1 s). */
    public static KeptRuntime in(Path root, Path payaraMicroJar) throws IOException {
        KeptRuntime kept = new KeptRuntime(root);
        String madeFrom = fingerprint(payaraMicroJar);
        Path marker = root.resolve("made-from");
        if (!Files.exists(marker) || !Files.readString(marker).equals(madeFrom)) {
            Folders.deleteTree(root);
            Files.createDirectories(root);
            Process unpack = new ProcessBuilder(
                            ManagedProcess.javaExecutable(),
                            "-jar",
                            payaraMicroJar.toString(),
                            "--rootdir",
                            root.toString(),
                            "--outputlauncher")
                    .redirectErrorStream(true)
                    .redirectOutput(root.resolve("unpack.log").toFile())
                    .start();
            try {
                if (!unpack.waitFor(3, TimeUnit.MINUTES) || unpack.exitValue() != 0) {
                    unpack.destroyForcibly();
                    throw new IOException(
                            "Payara Micro could not unpack its runtime; see " + root.resolve("unpack.log"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while Payara Micro unpacked its runtime", e);
            }
            Files.copy(kept.domainXml(), root.resolve(KEPT_DOMAIN));
            Files.writeString(marker, madeFrom);
        }
        return kept;
    }

    /**
     * Puts the folder back as it was made: Payara writes the previous start's deployment into it and would deploy
     * that again beside the new one. Called before each start.
     */
    void reset() throws IOException {
        Files.copy(root.resolve(KEPT_DOMAIN), domainXml(), StandardCopyOption.REPLACE_EXISTING);
        Folders.deleteTree(root.resolve("applications"));
        Folders.deleteTree(root.resolve("generated"));
    }

    public boolean hasClassArchive() {
        return Files.isRegularFile(classArchive());
    }

    /** The jar to run, and the JVM options that use the class-data archive once there is one. */
    PayaraMicroServer.Launch launch() {
        return new PayaraMicroServer.Launch(
                root.resolve("launch-micro.jar"),
                hasClassArchive() ? List.of("-XX:SharedArchiveFile=" + classArchive()) : List.of());
    }

    /** A start that writes the archive when it stops: the classes it loaded, its WAR's included. */
    PayaraMicroServer.Launch recordingLaunch() {
        return new PayaraMicroServer.Launch(
                root.resolve("launch-micro.jar"), List.of("-XX:ArchiveClassesAtExit=" + classArchive()));
    }

    /** One per JVM build: an archive only fits the JVM that wrote it, and the JVM checks the class path it names. */
    private Path classArchive() {
        return root.resolve("classes-" + System.getProperty("java.vm.version").replaceAll("[^\\w.-]", "_") + ".jsa");
    }

    private Path domainXml() {
        return root.resolve("config/domain.xml");
    }

    private static String fingerprint(Path jar) throws IOException {
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return Files.size(jar) + ":" + Long.toHexString(crc.getValue());
    }
}
