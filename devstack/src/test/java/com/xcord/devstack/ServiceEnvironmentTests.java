package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceEnvironmentTests {

    @TempDir
    Path dir;

    private final PostgresEndpoint postgres = new PostgresEndpoint("localhost", 15432, "xcord", "postgres", "postgres", null);
    private final RedisEndpoint redis = new RedisEndpoint("127.0.0.1", 16379, null, false);

    @Test
    void aServiceGetsItsPortItsOwnRoleAndTheSharedInfrastructure() {
        Secrets secrets = Secrets.load(dir.resolve("secrets.properties"));
        Map<String, String> env = ServiceEnvironment.of(ServiceCatalog.find("feed-service").orElseThrow(), postgres, "localhost:19092", redis, secrets);

        assertThat(env).containsEntry("SERVER_PORT", "8082")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/xcord?currentSchema=feed")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "feed")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", secrets.databasePassword("feed"))
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:19092")
                .containsEntry("SPRING_DATA_REDIS_HOST", "127.0.0.1")
                .containsEntry("SPRING_DATA_REDIS_PORT", "16379")
                .containsEntry("XCORD_SECURITY_JWKS_URI", "http://localhost:8081/api/v1/auth/jwks")
                .doesNotContainKey("XCORD_AUTH_KEYS_ENCRYPTION_SECRET");
    }

    @Test
    void onlyAuthServiceGetsTheKeyEncryptionSecretAndAServiceWithoutSchemaNoDatabase() {
        Secrets secrets = Secrets.load(dir.resolve("secrets.properties"));
        assertThat(ServiceEnvironment.of(ServiceCatalog.find("auth-service").orElseThrow(), postgres, "k:1", redis, secrets))
                .containsEntry("XCORD_AUTH_KEYS_ENCRYPTION_SECRET", secrets.authKeysEncryptionSecret());
        assertThat(ServiceEnvironment.of(ServiceCatalog.find("gateway").orElseThrow(), postgres, "k:1", redis, secrets))
                .containsEntry("SERVER_PORT", "8080").doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void liveServiceGetsItsStreamKeySecretAndWhereItsIngestIs() {
        Secrets secrets = Secrets.load(dir.resolve("secrets.properties"));
        Map<String, String> env = ServiceEnvironment.of(ServiceCatalog.find("live-service").orElseThrow(), postgres, "k:1",
                redis, secrets);

        assertThat(env).containsEntry("SERVER_PORT", "8086")
                .containsEntry("XCORD_LIVE_STREAM_KEYS_ENCRYPTION_SECRET", secrets.liveStreamKeysEncryptionSecret())
                .containsEntry("XCORD_LIVE_INGEST_CALLBACK_PORT", "18086")
                .containsEntry("XCORD_LIVE_INGEST_RTMP_URL", "rtmp://localhost:1935/live")
                .containsEntry("XCORD_LIVE_INGEST_PLAYBACK_BASE_URL", "http://localhost:18080/hls")
                .doesNotContainKey("XCORD_AUTH_KEYS_ENCRYPTION_SECRET");
        assertThat(ServiceEnvironment.of(ServiceCatalog.find("feed-service").orElseThrow(), postgres, "k:1", redis, secrets))
                .doesNotContainKey("XCORD_LIVE_STREAM_KEYS_ENCRYPTION_SECRET");
    }
}
