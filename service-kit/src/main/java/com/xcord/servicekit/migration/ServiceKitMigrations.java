package com.xcord.servicekit.migration;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Applies service-kit's own tables ({@code classpath:db/servicekit}) into the service's
 * schema with their own history table, independent of the service's migrations; and, for a service that attaches
 * media ({@code xcord.media.attachable}), the media projection's table ({@code classpath:db/servicekit-media}, its
 * own history too, so services without it never see it).
 */
public final class ServiceKitMigrations {

    public static final String LOCATION = "classpath:db/servicekit";
    public static final String HISTORY_TABLE = "servicekit_schema_history";
    public static final String MEDIA_LOCATION = "classpath:db/servicekit-media";
    public static final String MEDIA_HISTORY_TABLE = "servicekit_media_schema_history";

    public static MigrateResult migrate(DataSource dataSource, String schema) {
        return migrate(dataSource, schema, LOCATION, HISTORY_TABLE, false);
    }

    /**
     * The {@code media_objects} table of {@code com.xcord.servicekit.media}. It runs after {@link #migrate}, into a
     * schema that already holds the kit's tables: its history starts with a baseline at version 0.
     */
    public static MigrateResult migrateMedia(DataSource dataSource, String schema) {
        return migrate(dataSource, schema, MEDIA_LOCATION, MEDIA_HISTORY_TABLE, true);
    }

    private static MigrateResult migrate(DataSource dataSource, String schema, String location, String historyTable,
            boolean intoExistingSchema) {
        return Flyway.configure(ServiceKitMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table(historyTable)
                .locations(location)
                .baselineOnMigrate(intoExistingSchema)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    private ServiceKitMigrations() {
    }
}
