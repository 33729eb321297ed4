package com.xcord.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables a service is started with (docs/conventions.md "Configuration a service
 * reads"): its port, its own database role, Kafka, Redis, the JWKS of auth-service.
 */
final class ServiceEnvironment {

    static final String JWKS_URI = "http://localhost:8081/api/v1/auth/jwks";

    private ServiceEnvironment() {
    }

    static Map<String, String> of(ServiceDefinition service, PostgresEndpoint postgres, String kafkaBootstrapServers,
                                  RedisEndpoint redis, Secrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(service.port()));
        service.ownedSchema().ifPresent(schema -> {
            env.put("SPRING_DATASOURCE_URL", postgres.serviceJdbcUrl(schema));
            env.put("SPRING_DATASOURCE_USERNAME", schema);
            env.put("SPRING_DATASOURCE_PASSWORD", secrets.databasePassword(schema));
        });
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        env.put("SPRING_DATA_REDIS_HOST", redis.host());
        env.put("SPRING_DATA_REDIS_PORT", Integer.toString(redis.port()));
        if (redis.password() != null) {
            env.put("SPRING_DATA_REDIS_PASSWORD", redis.password());
        }
        if (redis.ssl()) {
            env.put("SPRING_DATA_REDIS_SSL_ENABLED", "true");
        }
        env.put("XCORD_SECURITY_JWKS_URI", JWKS_URI);
        if (service.name().equals(ServiceCatalog.AUTH_SERVICE)) {
            // only the service that encrypts its signing keys gets the secret
            env.put(Secrets.AUTH_KEYS_ENCRYPTION_SECRET, secrets.authKeysEncryptionSecret());
        }
        if (service.name().equals(LiveIngest.LIVE_SERVICE)) {
            env.put(Secrets.LIVE_STREAM_KEYS_ENCRYPTION_SECRET, secrets.liveStreamKeysEncryptionSecret());
            env.putAll(LiveIngest.serviceEnvironment());
        }
        return env;
    }
}
