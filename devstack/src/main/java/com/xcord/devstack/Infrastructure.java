package com.xcord.devstack;

import com.xcord.testkit.KafkaServer;
import com.xcord.testkit.PostgresServer;
import com.xcord.testkit.RedisServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * PostgreSQL, Kafka and Redis for the fleet: embedded (testkit's servers, data under the data
 * directory so a restart keeps it) unless an external one is configured. The three start in parallel
 * and stop in the reverse order of dependence: Redis, Kafka, then PostgreSQL.
 */
final class Infrastructure {

    private final PostgresEndpoint postgres;
    private final String kafkaBootstrapServers;
    private final RedisEndpoint redis;

    private Infrastructure(PostgresEndpoint postgres, String kafkaBootstrapServers,
                           RedisEndpoint redis) {
        this.postgres = postgres;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.redis = redis;
    }

    /**
     * Starts what is not external. Whatever starts is registered in {@code stoppables} at once, so a
     * Ctrl-C during startup stops it too. If one fails, the others are stopped and the failure thrown.
     */
    static Infrastructure start(Settings settings, Stoppables stoppables, LogPrefixer log) {
        Path data = settings.dataDir();
        ExecutorService starters = Executors.newFixedThreadPool(3, daemon());
        try {
            CompletableFuture<PostgresEndpoint> postgres = settings.externalPostgres()
                    .map(external -> announce(log, "PostgreSQL: external at " + external.host() + ":" + external.port() + "/" + external.database(), external))
                    .map(CompletableFuture::completedFuture)
                    .orElseGet(() -> CompletableFuture.supplyAsync(() -> {
                        PostgresServer server = PostgresServer.start(data.resolve("postgres"), Settings.POSTGRES_PORT);
                        stoppables.add(0, "PostgreSQL", server::close);
                        return new PostgresEndpoint(server.host(), server.port(), PostgresServer.DATABASE,
                                server.superUser(), server.superPassword(), null);
                    }, starters));
            CompletableFuture<String> kafka = settings.externalKafka()
                    .map(external -> announce(log, "Kafka: external at " + external, external))
                    .map(CompletableFuture::completedFuture)
                    .orElseGet(() -> CompletableFuture.supplyAsync(() -> {
                        KafkaServer server = KafkaServer.start(data.resolve("kafka"), Settings.KAFKA_PORT);
                        stoppables.add(1, "Kafka", server::close);
                        return server.bootstrapServers();
                    }, starters));
            CompletableFuture<RedisEndpoint> redis = settings.externalRedis()
                    .map(external -> announce(log, "Redis: external at " + external.host() + ":" + external.port(), external))
                    .map(CompletableFuture::completedFuture)
                    .orElseGet(() -> CompletableFuture.supplyAsync(() -> {
                        RedisServer server = RedisServer.start(data.resolve("redis"), Settings.REDIS_PORT);
                        stoppables.add(2, "Redis", server::close);
                        return new RedisEndpoint(server.host(), server.port(), null, false);
                    }, starters));
            CompletableFuture.allOf(postgres, kafka, redis).join();
            return new Infrastructure(postgres.join(), kafka.join(), redis.join());
        } catch (CompletionException e) {
            stoppables.stopAll(log);
            throw new IllegalStateException("infrastructure did not start: " + e.getCause().getMessage(), e.getCause());
        } finally {
            starters.shutdown();
        }
    }

    PostgresEndpoint postgres() {
        return postgres;
    }

    String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    RedisEndpoint redis() {
        return redis;
    }

    private static <T> T announce(LogPrefixer log, String message, T value) {
        log.print(LogPrefixer.DEVSTACK, message);
        return value;
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "infrastructure-start");
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * What must be stopped at the end, by rank: the lowest rank stops last (PostgreSQL, which Kafka and
     * Redis don't need but every service does). Adding after stopAll stops the newcomer at once: a
     * server that finishes starting during shutdown is not left behind.
     */
    static final class Stoppables {

        private record Entry(int rank, String name, Runnable stop) {
        }

        private final List<Entry> entries = new ArrayList<>();
        private boolean stopped;

        void add(int rank, String name, Runnable stop) {
            synchronized (this) {
                if (!stopped) {
                    entries.add(new Entry(rank, name, stop));
                    return;
                }
            }
            stop.run();
        }

        /** Stops everything, highest rank first. */
        void stopAll(LogPrefixer log) {
            List<Entry> toStop;
            synchronized (this) {
                stopped = true;
                toStop = new ArrayList<>(entries);
                entries.clear();
            }
            toStop.sort((a, b) -> Integer.compare(b.rank(), a.rank()));
            for (Entry entry : toStop) {
                try {
                    entry.stop().run();
                    log.print(LogPrefixer.DEVSTACK, entry.name() + " stopped");
                } catch (RuntimeException e) {
                    log.print(LogPrefixer.DEVSTACK, "could not stop " + entry.name() + ": " + e);
                }
            }
        }
    }
}
