package com.xcord.testkit;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The {@code XCORD_TEST_*} settings that point tests at external servers or force a mode. Read from
 * the process environment, falling back to a JVM system property of the same name (handy in an IDE).
 */
final class Settings {

    static final String POSTGRES_URL = "XCORD_TEST_POSTGRES_URL";
    static final String POSTGRES_USER = "XCORD_TEST_POSTGRES_USER";
    static final String POSTGRES_PASSWORD = "XCORD_TEST_POSTGRES_PASSWORD";
    static final String KAFKA_BOOTSTRAP_SERVERS = "XCORD_TEST_KAFKA_BOOTSTRAP_SERVERS";
    static final String REDIS_URL = "XCORD_TEST_REDIS_URL";
    /** An S3 API ({@code http://host:port}) with {@code XCORD_TEST_S3_ACCESS_KEY}, {@code _SECRET_KEY}, {@code _REGION}. */
    static final String S3_ENDPOINT = "XCORD_TEST_S3_ENDPOINT";
    /** {@code auto} (default), {@code containers} or {@code embedded}: e.g. to run the broker stop/restart tests on a machine with Docker. */
    static final String INFRA = "XCORD_TEST_INFRA";

    private final UnaryOperator<String> lookup;

    Settings(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    static Settings system() {
        return new Settings(name -> {
            String value = System.getenv(name);
            return value != null ? value : System.getProperty(name);
        });
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(lookup.apply(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    String infraMode() {
        return get(INFRA).map(v -> v.toLowerCase(Locale.ROOT)).orElse("auto");
    }

    /** {@code jdbc:postgresql://host[:port]/db[?params]}; query parameters are not kept. */
    Optional<TestInfrastructure.Postgres> externalPostgres() {
        return get(POSTGRES_URL).map(url -> {
            URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new TestInfrastructure.Postgres(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(),
                    path.isEmpty() ? PostgresServer.DATABASE : path,
                    get(POSTGRES_USER).orElse("postgres"), get(POSTGRES_PASSWORD).orElse(""));
        });
    }

    Optional<TestInfrastructure.Kafka> externalKafka() {
        return get(KAFKA_BOOTSTRAP_SERVERS).map(servers -> new TestInfrastructure.Kafka(servers, Optional.empty()));
    }

    /** {@code redis://host[:port]}. */
    Optional<TestInfrastructure.Redis> externalRedis() {
        return get(REDIS_URL).map(url -> {
            URI uri = URI.create(url);
            return new TestInfrastructure.Redis(uri.getHost(), uri.getPort() == -1 ? 6379 : uri.getPort(), Optional.empty());
        });
    }

    Optional<TestInfrastructure.S3> externalS3() {
        return get(S3_ENDPOINT).map(endpoint -> new TestInfrastructure.S3(endpoint,
                get("XCORD_TEST_S3_REGION").orElse(S3Server.REGION), get("XCORD_TEST_S3_ACCESS_KEY").orElse(S3Server.ACCESS_KEY),
                get("XCORD_TEST_S3_SECRET_KEY").orElse(S3Server.SECRET_KEY), Optional.empty()));
    }
}
