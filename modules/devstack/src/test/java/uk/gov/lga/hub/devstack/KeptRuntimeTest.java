package uk.gov.lga.hub.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev stack's kept Payara Micro runtime, unpacked from the build's own Payara Micro jar (about 1 s). */
class KeptRuntimeTest {

    private static final Path PAYARA_MICRO = Path.of("target/runtime/payara-micro.jar");

    @TempDir
    static Path root;

    private static KeptRuntime kept;

    @BeforeAll
    static void unpack() throws Exception {
        kept = KeptRuntime.in(root.resolve("payara-root"), PAYARA_MICRO);
    }

    @Test
    void theLauncherPutsTheRuntimeOnTheClassPathWhereTheJvmCanArchiveIt() throws Exception {
        PayaraMicroServer.Launch launch = kept.launch();
        try (JarFile launcher = new JarFile(launch.jar().toFile())) {
            String classPath = launcher.getManifest().getMainAttributes().getValue("Class-Path");
            assertTrue(classPath.contains("runtime/"), classPath);
        }
        assertFalse(kept.hasClassArchive());
        assertTrue(launch.jvmOptions().isEmpty(), "no archive to use yet");
        assertTrue(kept.recordingLaunch().jvmOptions().get(0).startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void theRuntimeIsUnpackedOnceAndKept() throws Exception {
        Path launcher = kept.launch().jar();
        FileTime made = Files.getLastModifiedTime(launcher);
        KeptRuntime again = KeptRuntime.in(root.resolve("payara-root"), PAYARA_MICRO);
        assertEquals(made, Files.getLastModifiedTime(again.launch().jar()));
    }

    @Test
    void eachStartFindsTheFolderAsMadeWithoutThePreviousDeployment() throws Exception {
        Path domain = root.resolve("payara-root/config/domain.xml");
        String asMade = Files.readString(domain);
        Files.writeString(
                domain,
                asMade.replace("</domain>", "<applications><application name=\"hub\"/></applications></domain>"));
        Files.createDirectories(root.resolve("payara-root/applications/hub/WEB-INF"));
        Files.createDirectories(root.resolve("payara-root/generated/jsp/hub"));

        kept.reset();

        assertEquals(asMade, Files.readString(domain));
        assertFalse(Files.exists(root.resolve("payara-root/applications")));
        assertFalse(Files.exists(root.resolve("payara-root/generated")));
    }
}
