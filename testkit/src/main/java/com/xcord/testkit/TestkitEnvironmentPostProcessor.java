package com.xcord.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring Boot application at the shared test infrastructure, so a service's
 * {@code @SpringBootTest} needs no set-up of its own: datasource (as superuser, schema
 * {@code ${xcord.schema}}), Kafka bootstrap servers and Redis host/port.
 *
 * <p>Active whenever testkit is on the classpath, unless {@code xcord.testkit.enabled=false}. Runs
 * after the config-data processor so {@code application.yml} and test properties are visible.
 */
public class TestkitEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String ENABLED_PROPERTY = "xcord.testkit.enabled";
    public static final String SCHEMA_PROPERTY = "xcord.schema";
    /** {@code true} in a service that stores objects (media-service): the S3 API is started and {@code xcord.test.s3.*} set. */
    public static final String S3_PROPERTY = "xcord.testkit.s3";
    public static final String PROPERTY_SOURCE_NAME = "xcordTestkit";
    public static final String DEFAULTS_PROPERTY_SOURCE_NAME = "xcordTestkitDefaults";

    /** Spring's name for the property source of {@code @SpringBootTest(properties)} and {@code @TestPropertySource(properties)}. */
    private static final String INLINED_TEST_PROPERTIES = "Inlined Test Properties";

    private final Log log;

    /**
     * Spring Boot hands in a deferred log, replayed once logging is initialised: Boot drops everything
     * logged before that, including the slf4j output of {@link TestInfrastructure} starting the servers.
     */
    public TestkitEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(TestkitEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED_PROPERTY, Boolean.class, true)) {
            return;
        }
        TestInfrastructure infra = TestInfrastructure.shared();
        Map<String, Object> properties = connectionProperties(infra, environment.getProperty(SCHEMA_PROPERTY, "public"));
        if (environment.getProperty(S3_PROPERTY, Boolean.class, false)) {
            properties.putAll(s3Properties(infra.s3()));
        }
        var connection = new MapPropertySource(PROPERTY_SOURCE_NAME, properties);
        // above application.yml and the environment (the real addresses must win), but below a test's own
        // @SpringBootTest(properties = ...) / @TestPropertySource, so a test can still point elsewhere
        var sources = environment.getPropertySources();
        if (sources.contains(INLINED_TEST_PROPERTIES)) {
            sources.addAfter(INLINED_TEST_PROPERTIES, connection);
        } else {
            sources.addFirst(connection);
        }
        // last: quieter logs for the in-process servers, which any service setting overrides
        environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS_PROPERTY_SOURCE_NAME, quietServerLogs()));
        log.info("XCORD testkit: " + infra.summary());
    }

    static Map<String, Object> connectionProperties(TestInfrastructure infra, String schema) {
        Map<String, Object> props = new LinkedHashMap<>();
        TestInfrastructure.Postgres pg = infra.postgres();
        props.put("spring.datasource.url", pg.jdbcUrl(schema));
        props.put("spring.datasource.username", pg.user());
        props.put("spring.datasource.password", pg.password());
        props.put("spring.kafka.bootstrap-servers", infra.kafka().bootstrapServers());
        props.put("spring.data.redis.host", infra.redis().host());
        props.put("spring.data.redis.port", infra.redis().port());
        return props;
    }

    /** Where the S3 API is; a service maps them onto its own settings ({@code ${xcord.test.s3.endpoint}}). */
    static Map<String, Object> s3Properties(TestInfrastructure.S3 s3) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("xcord.test.s3.endpoint", s3.endpoint());
        props.put("xcord.test.s3.region", s3.region());
        props.put("xcord.test.s3.access-key", s3.accessKey());
        props.put("xcord.test.s3.secret-key", s3.secretKey());
        return props;
    }

    /** The embedded Kafka broker logs into the test JVM's log at INFO, a lot; PostgreSQL's server log too. */
    private static Map<String, Object> quietServerLogs() {
        Map<String, Object> props = new LinkedHashMap<>();
        for (String logger : new String[] {"kafka", "state.change.logger", "org.apache.kafka.server", "org.apache.kafka.controller",
                "org.apache.kafka.raft", "org.apache.kafka.metadata", "org.apache.kafka.image", "org.apache.kafka.storage",
                "org.apache.kafka.coordinator", "org.apache.kafka.queue", "org.apache.kafka.security", "io.zonky"}) {
            props.put("logging.level." + logger, "WARN");
        }
        return props;
    }
}
