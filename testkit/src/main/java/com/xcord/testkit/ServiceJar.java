package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One of our services run from its jar ({@code <module>/target/<module>.jar}, packaged earlier in the
 * reactor) as a child JVM, for tests that need the real service rather than a stand-in: the gateway's tests
 * against auth-service, the fleet's end-to-end tests. Configured by environment, as the launcher and Helm
 * configure it; its output goes to a log file, the place to look when a test fails.
 */
public final class ServiceJar {

    /** Small heaps and C1 only: several of these share the build machine's cores with the tests. */
    public static final List<String> TEST_JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xms32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceJar(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** The jar of {@code module} in the checkout at {@code root}. */
    public static Path jarOf(Path root, String module) {
        return root.resolve(module).resolve("target").resolve(module + ".jar").toAbsolutePath().normalize();
    }

    /**
     * Starts {@code jar} as {@code name} on {@code port} with {@code environment} (plus {@code SERVER_PORT}),
     * logging to {@code log}; returns at once — see {@link #awaitHealthy}.
     */
    public static ServiceJar start(Path jar, String name, int port, Map<String, String> environment, Path log) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run the tests through the reactor "
                    + "(./mvnw verify, or ./mvnw -pl <module> -am verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(TEST_JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        try {
            if (log.getParent() != null) {
                Files.createDirectories(log.getParent());
            }
            return new ServiceJar(name, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Waits until {@code /actuator/health} answers 200; fails at once if the process exits meanwhile. */
    public void awaitHealthy(Duration atMost) {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        try {
            Awaitility.await(name + " healthy").atMost(atMost).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptionsInstanceOf(IOException.class)
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log.toAbsolutePath());
                        }
                        return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not healthy within " + atMost + "; see " + log.toAbsolutePath(), e);
        }
    }

    /** SIGTERM (graceful shutdown), then SIGKILL after 20 s. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
