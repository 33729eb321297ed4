package com.xcord.devstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** What the launcher reads from its environment, with the defaults of docs/conventions.md. */
final class Settings {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int REDIS_PORT = 16379;
    static final String REALTIME_REPLICAS = "XCORD_REALTIME_REPLICAS";

    private final Path root;
    private final Map<String, String> env;

    Settings(Path root, Map<String, String> env) {
        this.root = root.toAbsolutePath().normalize();
        this.env = env;
    }

    /** The repository root (the script runs the launcher from there). */
    Path root() {
        return root;
    }

    /** {@code XCORD_DATA_DIR} (relative to the repository root) or {@code .xcord/}. */
    Path dataDir() {
        return value("XCORD_DATA_DIR").map(root::resolve).orElse(root.resolve(".xcord")).normalize();
    }

    Optional<PostgresEndpoint> externalPostgres() {
        return value("XCORD_POSTGRES_URL")
                .map(url -> PostgresEndpoint.parse(url, env.get("XCORD_POSTGRES_USER"), env.get("XCORD_POSTGRES_PASSWORD")));
    }

    Optional<String> externalKafka() {
        return value("XCORD_KAFKA_BOOTSTRAP_SERVERS");
    }

    Optional<RedisEndpoint> externalRedis() {
        return value("XCORD_REDIS_URL").map(RedisEndpoint::parse);
    }

    /** JVM options for each service; {@code XCORD_SERVICE_JAVA_OPTS} replaces the defaults. */
    Optional<String> serviceJavaOptions() {
        return value("XCORD_SERVICE_JAVA_OPTS");
    }

    /** {@code XCORD_REALTIME_REPLICAS}: how many realtime-service processes {@code up} runs (checked by {@link UpOptions}). */
    Optional<String> realtimeReplicas() {
        return value(REALTIME_REPLICAS);
    }

    /**
     * The launcher's whole environment (the services inherit it; the S3 settings are passed on as they are:
     * {@link ObjectStore}; {@link Traces} reads its OTEL_* and XCORD_TRACES).
     */
    Map<String, String> environment() {
        return env;
    }

    private Optional<String> value(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }
}
