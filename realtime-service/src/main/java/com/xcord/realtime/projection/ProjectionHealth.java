package com.xcord.realtime.projection;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Readiness: not ready until the projection replayed the history; sockets would get a wrong READY. */
@Configuration(proxyBeanMethods = false)
class ProjectionHealth {

    @Bean
    HealthIndicator projectionHealthIndicator(CatchUp catchUp) {
        return () -> catchUp.isCaughtUp() ? Health.up().build()
                : Health.outOfService().withDetail("projection", "replaying events").build();
    }
}
