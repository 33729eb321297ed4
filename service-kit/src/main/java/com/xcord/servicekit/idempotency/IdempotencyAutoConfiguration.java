package com.xcord.servicekit.idempotency;

import com.xcord.servicekit.KitScheduler;
import com.xcord.servicekit.XcordProperties;
import com.xcord.servicekit.web.ProblemWriter;
import com.xcord.servicekit.web.WebAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;

/** The Idempotency-Key filter (right after Spring Security) and the purge of expired keys. */
@AutoConfiguration(after = {WebAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@ConditionalOnProperty(prefix = "xcord.idempotency", name = "enabled", matchIfMissing = true)
public class IdempotencyAutoConfiguration {

    @Bean
    FilterRegistrationBean<IdempotencyFilter> xcordIdempotencyFilter(JdbcTemplate jdbc,
            PlatformTransactionManager transactions, ProblemWriter problems, XcordProperties properties,
            KitScheduler scheduler) {
        XcordProperties.Idempotency config = properties.idempotency();
        scheduler.every(Duration.ofMinutes(1), config.purgeInterval(), "idempotency key purge", () -> jdbc.update(
                "DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => ?)",
                (double) config.retention().toSeconds()));
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(jdbc, transactions, problems, config.retention()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}
