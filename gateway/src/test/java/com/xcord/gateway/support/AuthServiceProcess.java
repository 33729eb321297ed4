package com.xcord.gateway.support;

import com.xcord.testkit.ServiceJar;
import com.xcord.testkit.TestInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The real auth-service, run from its jar ({@code auth-service/target/auth-service.jar}, built before
 * the gateway in the reactor) as a child JVM against the testkit's PostgreSQL, Kafka and Redis: one per
 * test JVM, stopped when the JVM exits. Its output goes to {@code target/auth-service-under-test.log}.
 */
public final class AuthServiceProcess {

    public static final Path JAR = ServiceJar.jarOf(Path.of(".."), "auth-service");
    private static ServiceJar shared;

    private AuthServiceProcess() {
    }

    public static boolean isBuilt() {
        return Files.isRegularFile(JAR);
    }

    /** The running auth-service (started on first use). */
    public static synchronized ServiceJar shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "auth-service-stop"));
        }
        return shared;
    }

    private static ServiceJar start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        Map<String, String> env = new LinkedHashMap<>();
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
        ServiceJar auth = ServiceJar.start(JAR, "auth-service", ServiceJar.freePort(), env,
                Path.of("target", "auth-service-under-test.log"));
        auth.awaitHealthy(Duration.ofMinutes(3));
        return auth;
    }
}
