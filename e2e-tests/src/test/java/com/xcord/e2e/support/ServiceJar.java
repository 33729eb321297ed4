package com.xcord.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * One service of the fleet: its jar ({@code <module>/target/<module>.jar}, packaged earlier in the reactor)
 * run as a child JVM with the environment the launcher would give it. Output goes to
 * {@code target/fleet/<name>.log} — the place to look when a test fails.
 */
final class ServiceJar {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    /** Small heaps and C1 only: six JVMs share two cores with the tests and the infrastructure. */
    private static final List<String> JVM_OPTIONS = List.of(
            "-Xmx256m", "-Xms32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
            "-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8");

    private final String name;
    private final int port;
    private final Process process;

    private ServiceJar(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    /** Starts {@code module}'s jar as {@code name} on {@code port}; returns at once (see {@link #awaitHealthy}). */
    static ServiceJar start(String module, String name, int port, Map<String, String> environment) {
        Path jar = ROOT.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is not built: run the end-to-end tests through the reactor, "
                    + "e.g. ./mvnw verify or ./mvnw -pl e2e-tests -am verify");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-jar");
        command.add(jar.toString());
        Path log = Path.of("target", "fleet", name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            return new ServiceJar(name, port, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int port() {
        return port;
    }

    void awaitHealthy() {
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        Awaitility.await(name + " ready (see e2e-tests/target/fleet/" + name + ".log)")
                .atMost(Duration.ofMinutes(4))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited with " + process.exitValue()
                                + "; see e2e-tests/target/fleet/" + name + ".log");
                    }
                    return HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    void stop() {
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
