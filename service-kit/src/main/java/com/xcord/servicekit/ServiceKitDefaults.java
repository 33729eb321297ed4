package com.xcord.servicekit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Defaults every service shares. Added as the LAST property source, so anything a service
 * (or the launcher, Helm, an env var) sets wins.
 */
public class ServiceKitDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "xcordServiceKitDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        // virtual threads where the JDK has them (Boot ignores this below Java 21)
        defaults.put("spring.threads.virtual.enabled", "true");
        // /actuator/prometheus: scraped inside the cluster; the gateway routes no /actuator/** path to a service
        defaults.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        defaults.put("management.endpoint.health.probes.enabled", "true");
        // liveness never follows a dependency (a restart would not bring the database back); readiness does
        defaults.put("management.endpoint.health.group.liveness.include", "livenessState");
        defaults.put("management.endpoint.health.group.readiness.include", "readinessState,db,outbox");
        defaults.putAll(MetricsDefaults.ALL);
        defaults.put("management.endpoint.health.show-details", "never");
        // an API only: unknown paths are 404 problems, not static-resource lookups
        defaults.put("spring.web.resources.add-mappings", "false");
        defaults.put("server.error.include-stacktrace", "never");
        defaults.put("server.error.include-message", "never");
        defaults.put("server.error.include-exception", "false");
        defaults.put("server.shutdown", "graceful");
        defaults.put("spring.flyway.schemas", "${xcord.schema:public}");
        // small pools: a 2-core box runs ten services
        defaults.put("spring.datasource.hikari.maximum-pool-size", "10");
        defaults.put("spring.datasource.hikari.minimum-idle", "2");
        defaults.put("spring.datasource.hikari.connection-timeout", "5000");
        defaults.put("spring.datasource.hikari.idle-timeout", "300000");
        defaults.put("spring.datasource.hikari.max-lifetime", "1800000");
        defaults.put("spring.kafka.producer.acks", "all");
        defaults.put("spring.kafka.producer.properties.enable.idempotence", "true");
        defaults.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        // OpenAPI: JSON responses (not */*), keys in a stable order so the document diffs cleanly
        defaults.put("springdoc.default-produces-media-type", "application/json");
        defaults.put("springdoc.writer-with-order-by-keys", "true");
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, defaults));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
