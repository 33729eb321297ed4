package com.xcord.servicekit.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Applies service-kit's own tables ({@code classpath:db/servicekit}) into the service's
 * schema with their own history table, independent of the service's migrations.
 */
public final class ServiceKitMigrations {

    public static final String LOCATION = "classpath:db/servicekit";
    public static final String HISTORY_TABLE = "servicekit_schema_history";

    public static MigrateResult migrate(DataSource dataSource, String schema) {
        return Flyway.configure(ServiceKitMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .locations(LOCATION)
                .baselineOnMigrate(false)
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    private ServiceKitMigrations() {
    }
}
