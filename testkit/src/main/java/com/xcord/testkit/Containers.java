package com.xcord.testkit;

import java.util.Optional;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** The Testcontainers flavour of the test infrastructure, used when a Docker engine is reachable. */
final class Containers {

    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    /** The GraalVM native build of the broker: starts in well under a second. */
    static final String KAFKA_IMAGE = "apache/kafka-native:4.1.2";
    static final String REDIS_IMAGE = "redis:7-alpine";
    static final String MINIO_IMAGE = "minio/minio:RELEASE.2025-09-07T16-13-09Z";

    private Containers() {
    }

    /** Never throws: a broken Docker set-up simply means "use the embedded servers". */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    static Started<TestInfrastructure.Postgres> postgres() {
        PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(PostgresServer.DATABASE)
                .withUsername("xcord")
                .withPassword("xcord");
        container.withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off", "-c", "synchronous_commit=off");
        container.start();
        // POSTGRES_USER is a superuser in the official image, as the embedded server's "postgres" is
        var endpoint = new TestInfrastructure.Postgres(container.getHost(), container.getMappedPort(5432),
                PostgresServer.DATABASE, container.getUsername(), container.getPassword());
        return new Started<>(endpoint, container::stop, "container " + POSTGRES_IMAGE);
    }

    static Started<TestInfrastructure.Kafka> kafka() {
        KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        var endpoint = new TestInfrastructure.Kafka(container.getBootstrapServers(), Optional.empty());
        return new Started<>(endpoint, container::stop, "container " + KAFKA_IMAGE);
    }

    static Started<TestInfrastructure.Redis> redis() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(REDIS_IMAGE)).withExposedPorts(6379);
        container.start();
        var endpoint = new TestInfrastructure.Redis(container.getHost(), container.getMappedPort(6379), Optional.empty());
        return new Started<>(endpoint, container::stop, "container " + REDIS_IMAGE);
    }

    static Started<TestInfrastructure.S3> minio() {
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(MINIO_IMAGE))
                .withEnv("MINIO_ROOT_USER", S3Server.ACCESS_KEY)
                .withEnv("MINIO_ROOT_PASSWORD", S3Server.SECRET_KEY)
                .withCommand("server", "/data")
                .withExposedPorts(9000);
        container.start();
        var endpoint = new TestInfrastructure.S3("http://" + container.getHost() + ":" + container.getMappedPort(9000),
                S3Server.REGION, S3Server.ACCESS_KEY, S3Server.SECRET_KEY, Optional.empty());
        return new Started<>(endpoint, container::stop, "container " + MINIO_IMAGE);
    }
}
