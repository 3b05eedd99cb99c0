package uk.gov.lga.hub.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/cluster.sh's HAProxy configuration is one HAProxy accepts (checked where HAProxy is installed). */
class HaproxyBalancerTest {

    @Test
    void haproxyAcceptsTheClustersConfiguration(@TempDir Path dir) throws Exception {
        Path haproxy = Path.of("/usr/sbin/haproxy");
        assumeTrue(Files.isExecutable(haproxy), "HAProxy is not installed");
        Path config = Files.writeString(dir.resolve("haproxy.cfg"), HaproxyBalancer.config(8080, List.of(8081, 8082)));
        Process check = new ProcessBuilder(haproxy.toString(), "-c", "-f", config.toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(check.getInputStream().readAllBytes());
        assertEquals(0, check.waitFor(), said);
    }
}
