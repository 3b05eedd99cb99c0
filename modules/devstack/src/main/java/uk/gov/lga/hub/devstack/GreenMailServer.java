package uk.gov.lga.hub.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * GreenMail standalone (Maven Central, com.icegreen:greenmail-standalone) as the development and test mail server:
 * SMTP and IMAP on 127.0.0.1, accepting any login (authentication disabled), mail kept in memory. A real server
 * the application sends to and tests read from over IMAP, stopped and started again to prove nothing is lost.
 */
public final class GreenMailServer implements AutoCloseable {

    private final Path jar;
    private final Path log;
    private final int smtpPort;
    private final int imapPort;
    private final int apiPort;
    private ManagedProcess process;

    private GreenMailServer(Path jar, Path log, int smtpPort, int imapPort, int apiPort) {
        this.jar = jar;
        this.log = log;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.apiPort = apiPort;
    }

    public static GreenMailServer start(Path jar, Path log, int smtpPort, int imapPort, int apiPort)
            throws IOException {
        GreenMailServer server = new GreenMailServer(jar, log, smtpPort, imapPort, apiPort);
        server.startAgain();
        return server;
    }

    /** Starts it (again, after {@link #close}), empty, on the same ports. */
    public void startAgain() throws IOException {
        List<String> command = List.of(
                ManagedProcess.javaExecutable(),
                "-Xmx128m",
                "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.imap.hostname=127.0.0.1",
                "-Dgreenmail.imap.port=" + imapPort,
                "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled",
                "-jar",
                jar.toString());
        process = ManagedProcess.start("GreenMail", command, jar.getParent().toFile(), Map.of(), log);
        process.awaitOk("http://127.0.0.1:" + apiPort + "/api/service/readiness", Duration.ofSeconds(30));
    }

    public int smtpPort() {
        return smtpPort;
    }

    public int imapPort() {
        return imapPort;
    }

    /** The application's mail settings for this server: reminders on, mail here. */
    public Map<String, String> appSettings() {
        return Map.of(
                "hub.notifications.enabled",
                "true",
                "hub.notifications.send-every-seconds",
                "2",
                "hub.notifications.first-retry-seconds",
                "2",
                "hub.mail.host",
                "127.0.0.1",
                "hub.mail.port",
                Integer.toString(smtpPort));
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
            process = null;
        }
    }
}
