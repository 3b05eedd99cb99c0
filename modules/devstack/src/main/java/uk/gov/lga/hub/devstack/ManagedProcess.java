package uk.gov.lga.hub.devstack;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A child process we start, wait for over HTTP, and stop with all its descendants. */
final class ManagedProcess implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, File workDir, Map<String, String> env, Path log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ManagedProcess started = new ManagedProcess(name, builder.start(), log);
        // Whatever happens to us (Ctrl-C while it is still starting, a failed test run), it goes too.
        Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        return started;
    }

    /** The java of the JVM running this, for the JVMs the stack starts. */
    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Polls the URL until it answers 200; fails early, pointing at the log, if the process dies. */
    void awaitOk(String url, Duration timeout) {
        awaitOk(url, timeout, "");
    }

    /** As {@link #awaitOk(String, Duration)}, until the 200's body also contains {@code expected}. */
    void awaitOk(String url, Duration timeout, String expected) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                close();
                throw new IllegalStateException(
                        name + " stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains(expected)) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            sleep(100); // the wait is part of the start-up figures the dev stack prints
        }
        close();
        throw new IllegalStateException(name + " was not ready at " + url + " within " + timeout + "; see " + log);
    }

    /** The operating system's id of the process, e.g. for a script that kills it on purpose. */
    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /**
     * The CPU time the process and its children (Keycloak's JVM under kc.sh) have used so far, e.g. "14.1 s of CPU":
     * on a busy machine it says more than the clock.
     */
    String cpuSummary() {
        Duration cpu = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        return String.format("%.1f s of CPU", cpu.toMillis() / 1e3);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
