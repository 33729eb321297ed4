package com.xcord.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL, Kafka and Redis that the tests of one JVM share: started lazily on first use, stopped
 * by a shutdown hook.
 *
 * <p>Per server, in order: an external server named by an {@code XCORD_TEST_*} environment variable;
 * Testcontainers when a Docker engine is reachable; otherwise the embedded servers of this module.
 * {@code XCORD_TEST_INFRA=embedded|containers} skips the Docker probe.
 */
public final class TestInfrastructure {

    /** How tests reach PostgreSQL; the user is a superuser. */
    public record Postgres(String host, int port, String database, String user, String password) {

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }

        /** The JDBC URL with {@code ?currentSchema=schema}, as each service owns one schema. */
        public String jdbcUrl(String schema) {
            return jdbcUrl() + "?currentSchema=" + schema;
        }
    }

    /** How tests reach Kafka; {@code controllable} is present when the broker is embedded and can be stopped. */
    public record Kafka(String bootstrapServers, Optional<KafkaServer> controllable) {
    }

    /** How tests reach Redis; {@code controllable} is present when the server is embedded and can be stopped. */
    public record Redis(String host, int port, Optional<RedisServer> controllable) {
    }

    /**
     * How tests reach an S3 API (media-service); {@code controllable} is present when it is S3Mock run by this JVM and
     * can be stopped. Started only by the first test that asks ({@link #s3()}), not with the other three.
     */
    public record S3(String endpoint, String region, String accessKey, String secretKey, Optional<S3Server> controllable) {
    }

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile TestInfrastructure shared;
    private static RuntimeException startFailure;
    /** Thread names of Spring Boot's and Spring Framework's context shutdown hooks. */
    private static final List<String> SPRING_SHUTDOWN_HOOKS = List.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");

    private final Started<Postgres> postgres;
    private final Started<Kafka> kafka;
    private final Started<Redis> redis;
    private final long startupMillis;
    private Started<S3> s3;

    private TestInfrastructure(Started<Postgres> postgres, Started<Kafka> kafka, Started<Redis> redis, long startupMillis) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.redis = redis;
        this.startupMillis = startupMillis;
    }

    /** The one instance of this JVM, started on the first call. */
    public static TestInfrastructure shared() {
        TestInfrastructure result = shared;
        return result != null ? result : startShared();
    }

    private static synchronized TestInfrastructure startShared() {
        if (shared != null) {
            return shared;
        }
        if (startFailure != null) {
            // fail every later test context fast instead of trying again for each one
            throw new IllegalStateException("XCORD testkit failed to start earlier in this JVM", startFailure);
        }
        try {
            TestInfrastructure infra = start(Settings.system());
            Runtime.getRuntime().addShutdownHook(new Thread(infra::stopAll, "xcord-testkit-shutdown"));
            shared = infra;
            return infra;
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    public Postgres postgres() {
        return postgres.endpoint();
    }

    public Kafka kafka() {
        return kafka.endpoint();
    }

    public Redis redis() {
        return redis.endpoint();
    }

    /**
     * The S3 API of this JVM, started on the first call: {@code XCORD_TEST_S3_ENDPOINT} if set, MinIO under
     * Testcontainers when the other servers are containers, otherwise S3Mock's executable jar as a child process.
     */
    public synchronized S3 s3() {
        if (s3 == null) {
            Settings env = Settings.system();
            s3 = env.externalS3().map(e -> Started.external(e, "external " + Settings.S3_ENDPOINT))
                    .orElseGet(() -> postgres.description().startsWith("container") ? Containers.minio() : embeddedS3());
            log.info("XCORD testkit: S3 {} at {}", s3.description(), s3.endpoint().endpoint());
        }
        return s3.endpoint();
    }

    /** One line on how each server was chosen and where it is, for logs. */
    public String summary() {
        return "PostgreSQL " + postgres.description() + " at " + postgres().host() + ":" + postgres().port()
                + ", Kafka " + kafka.description() + " at " + kafka().bootstrapServers()
                + ", Redis " + redis.description() + " at " + redis().host() + ":" + redis().port()
                + " (started in " + startupMillis + " ms)";
    }

    static TestInfrastructure start(Settings env) {
        long started = System.nanoTime();
        boolean allExternal = env.externalPostgres().isPresent() && env.externalKafka().isPresent() && env.externalRedis().isPresent();
        boolean containers = !allExternal && useContainers(env);
        // the three start in parallel: together they take as long as the slowest
        ExecutorService executor = Executors.newFixedThreadPool(3, daemonThreads());
        try {
            var pg = CompletableFuture.supplyAsync(choose(env.externalPostgres(), "external " + Settings.POSTGRES_URL,
                    containers ? Containers::postgres : TestInfrastructure::embeddedPostgres), executor);
            var kafka = CompletableFuture.supplyAsync(choose(env.externalKafka(), "external " + Settings.KAFKA_BOOTSTRAP_SERVERS,
                    containers ? Containers::kafka : TestInfrastructure::embeddedKafka), executor);
            var redis = CompletableFuture.supplyAsync(choose(env.externalRedis(), "external " + Settings.REDIS_URL,
                    containers ? Containers::redis : TestInfrastructure::embeddedRedis), executor);
            try {
                CompletableFuture.allOf(pg, kafka, redis).join();
            } catch (CompletionException e) {
                // release whatever did start, then report the first failure
                List.of(pg, kafka, redis).forEach(f -> f.thenAccept(TestInfrastructure::closeQuietly));
                throw new IllegalStateException("XCORD testkit could not start the test infrastructure", e.getCause());
            }
            TestInfrastructure infra = new TestInfrastructure(pg.join(), kafka.join(), redis.join(), (System.nanoTime() - started) / 1_000_000);
            log.info("XCORD testkit ready: {}", infra.summary());
            return infra;
        } finally {
            executor.shutdown();
        }
    }

    private static boolean useContainers(Settings env) {
        String mode = env.infraMode();
        if (!mode.equals("auto")) {
            log.info("XCORD testkit: {}={} chosen explicitly", Settings.INFRA, mode);
            return mode.equals("containers");
        }
        boolean docker = Containers.dockerAvailable();
        log.info("XCORD testkit: {}", docker ? "Docker engine reachable, using Testcontainers"
                : "no Docker engine reachable, using embedded servers");
        return docker;
    }

    private static <T> Supplier<Started<T>> choose(Optional<T> external, String description, Supplier<Started<T>> otherwise) {
        return () -> external.map(e -> Started.external(e, description)).orElseGet(otherwise);
    }

    private static Started<Postgres> embeddedPostgres() {
        PostgresServer server = PostgresServer.start(null, 0);
        var endpoint = new Postgres(server.host(), server.port(), PostgresServer.DATABASE, server.superUser(), server.superPassword());
        return new Started<>(endpoint, server, "embedded");
    }

    private static Started<Kafka> embeddedKafka() {
        KafkaServer server = KafkaServer.start(null, 0);
        return new Started<>(new Kafka(server.bootstrapServers(), Optional.of(server)), server, "embedded");
    }

    private static Started<Redis> embeddedRedis() {
        RedisServer server = RedisServer.start(null, 0);
        return new Started<>(new Redis(server.host(), server.port(), Optional.of(server)), server, "embedded");
    }

    private static Started<S3> embeddedS3() {
        S3Server server = S3Server.start(null, 0);
        return new Started<>(new S3(server.endpoint(), S3Server.REGION, S3Server.ACCESS_KEY, S3Server.SECRET_KEY,
                Optional.of(server)), server, "embedded S3Mock");
    }

    private void stopAll() {
        awaitSpringShutdownHooks();
        List<Thread> stoppers = new ArrayList<>();
        List<Started<?>> servers = new ArrayList<>(List.of(kafka, redis, postgres));
        synchronized (this) {
            if (s3 != null) {
                servers.add(s3);
            }
        }
        for (Started<?> server : servers) {
            Thread thread = new Thread(() -> closeQuietly(server), "xcord-testkit-stop");
            thread.start();
            stoppers.add(thread);
        }
        for (Thread thread : stoppers) {
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * JVM shutdown hooks run concurrently. Stopping the broker while the Spring test contexts are still
     * closing would leave their consumers and producers waiting for it until their close timeouts, so
     * let those hooks finish first.
     */
    private static void awaitSpringShutdownHooks() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (SPRING_SHUTDOWN_HOOKS.contains(thread.getName()) && thread != Thread.currentThread()) {
                try {
                    thread.join(20_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void closeQuietly(Started<?> server) {
        try {
            server.resource().close();
        } catch (Exception e) {
            log.warn("Could not stop {}", server.description(), e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "xcord-testkit-start");
            thread.setDaemon(true);
            return thread;
        };
    }
}
