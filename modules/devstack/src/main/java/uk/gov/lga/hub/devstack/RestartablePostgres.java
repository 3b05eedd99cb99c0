package uk.gov.lga.hub.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An embedded PostgreSQL that can go away and come back on the same port with the same data, as a real server
 * does when it is restarted or crashes: for tests of what the application does meanwhile.
 */
public final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A new server (the data directory must not hold one yet, so a test never reuses an old run's data). */
    public static RestartablePostgres start(Path dataDirectory, int port) throws IOException {
        if (Files.exists(dataDirectory.resolve("postgresql.conf"))) {
            throw new IllegalArgumentException(dataDirectory + " already holds a database");
        }
        RestartablePostgres server = new RestartablePostgres(dataDirectory, port);
        server.start();
        return server;
    }

    /** Starts it again after a stop or a crash (then PostgreSQL first replays its log); returns once it answers. */
    public synchronized void start() throws IOException {
        if (running == null) {
            // The embedded default, synchronous_commit=off, acknowledges a commit before its WAL is written, so a
            // crash loses it; a real server's setting is on, and crash tests must see what a real crash keeps.
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("synchronous_commit", "on")
                    .setPort(port)
                    .start();
        }
    }

    /** A clean shutdown ({@code pg_ctl stop -m fast}): sessions are ended, the server checkpoints and exits. */
    public synchronized void stop() throws IOException {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** A crash: the postmaster and every backend get SIGKILL at once, with no checkpoint and no goodbye. */
    public synchronized void kill() throws IOException {
        if (running == null) {
            return;
        }
        long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .get(0)
                .trim());
        ProcessHandle postmaster =
                ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
        List<ProcessHandle> all =
                Stream.concat(postmaster.descendants(), Stream.of(postmaster)).toList();
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle process : all) {
            process.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        }
        // Releases the embedded server's lock on the directory; its own "pg_ctl stop" finds nothing to stop.
        running.close();
        running = null;
    }

    public int port() {
        return port;
    }

    /** A database on this server with the stack's two roles, created afresh. */
    public Database database(String name) throws SQLException {
        return Database.onServer("127.0.0.1", port, name);
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
