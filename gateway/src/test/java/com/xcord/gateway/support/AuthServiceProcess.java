package com.xcord.gateway.support;

import com.xcord.testkit.TestInfrastructure;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * The real auth-service, run from its jar ({@code auth-service/target/auth-service.jar}, built before
 * the gateway in the reactor) as a child JVM against the testkit's PostgreSQL, Kafka and Redis: one per
 * test JVM, stopped when the JVM exits. Its output goes to {@code target/auth-service-under-test.log}.
 */
public final class AuthServiceProcess {

    public static final Path JAR = Path.of("..", "auth-service", "target", "auth-service.jar").toAbsolutePath().normalize();
    private static AuthServiceProcess shared;

    private final Process process;
    private final int port;

    private AuthServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static boolean isBuilt() {
        return Files.isRegularFile(JAR);
    }

    public static synchronized AuthServiceProcess shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "auth-service-stop"));
        }
        return shared;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    private static AuthServiceProcess start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "auth-service-under-test.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", Integer.toString(port));
        env.put("SPRING_DATASOURCE_URL", infra.postgres().jdbcUrl("auth"));
        env.put("SPRING_DATASOURCE_USERNAME", infra.postgres().user());
        env.put("SPRING_DATASOURCE_PASSWORD", infra.postgres().password());
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", infra.kafka().bootstrapServers());
        env.put("SPRING_DATA_REDIS_HOST", infra.redis().host());
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(infra.redis().port()));
        // the rotation test rotates the signing key through this endpoint (with a valid token)
        env.put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,keyrotation");
        // auth-service's own per-IP limits would otherwise interfere with the gateway's, which are under test
        env.put("XCORD_AUTH_RATE_LIMITS_REGISTER_PER_IP_MAX", "100000");
        env.put("XCORD_AUTH_RATE_LIMITS_LOGIN_PER_IP_MAX", "100000");
        Process process;
        try {
            Files.createDirectories(Path.of("target"));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + JAR, e);
        }
        AuthServiceProcess started = new AuthServiceProcess(process, port);
        started.awaitHealthy();
        return started;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build();
        Awaitility.await("auth-service healthy (see target/auth-service-under-test.log)")
                .atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("auth-service exited with " + process.exitValue()
                                + "; see target/auth-service-under-test.log");
                    }
                    return http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    private void stop() {
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

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
