package com.xcord.servicekit.migration;

import com.xcord.servicekit.ServiceKitAutoConfiguration;
import com.xcord.servicekit.XcordProperties;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Runs the kit's migrations before the service's: a {@link FlywayMigrationStrategy} that
 * migrates {@code db/servicekit} (history {@code servicekit_schema_history}), {@code db/servicekit-media} when the
 * service attaches media ({@code xcord.media.attachable}), and then the service's own Flyway. Because the schema
 * then already holds the kit's tables, the service's Flyway baselines at version 0 on its first run (so its V1
 * still applies).
 */
@AutoConfiguration(after = {ServiceKitAutoConfiguration.class, DataSourceAutoConfiguration.class}, before = FlywayAutoConfiguration.class)
@ConditionalOnClass(Flyway.class)
public class MigrationAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy xcordFlywayMigrationStrategy(XcordProperties properties, Environment environment) {
        boolean attachesMedia = environment.getProperty("xcord.media.attachable", Boolean.class, false);
        return flyway -> {
            ServiceKitMigrations.migrate(flyway.getConfiguration().getDataSource(), properties.schema());
            if (attachesMedia) {
                ServiceKitMigrations.migrateMedia(flyway.getConfiguration().getDataSource(), properties.schema());
            }
            flyway.migrate();
        };
    }

    @Bean
    FlywayConfigurationCustomizer xcordFlywayBaselineCustomizer(Environment environment) {
        return configuration -> {
            if (!environment.containsProperty("spring.flyway.baseline-on-migrate")) {
                configuration.baselineOnMigrate(true);
            }
            if (!environment.containsProperty("spring.flyway.baseline-version")) {
                configuration.baselineVersion("0");
            }
        };
    }
}
