package com.xcord.devstack;

import com.xcord.testkit.S3Server;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The S3 API media-service stores uploads in: S3Mock's executable jar run as a process by testkit's {@link S3Server},
 * objects under {@code <data>/s3} so they survive a restart like PostgreSQL's data — or an external S3 API named by
 * {@code XCORD_S3_ENDPOINT} (with {@code XCORD_S3_ACCESS_KEY_ID}, {@code XCORD_S3_SECRET_ACCESS_KEY}, {@code
 * XCORD_S3_REGION}, {@code XCORD_S3_BUCKET}). Started only when a service that needs it is.
 */
final class ObjectStore {

    static final int S3_PORT = 19000;
    static final String MEDIA_SERVICE = "media-service";
    /** Stopped after the services, before Redis (rank 2), Kafka and PostgreSQL. */
    static final int STOP_RANK = 3;

    private final Map<String, String> environment;
    private final String description;

    private ObjectStore(Map<String, String> environment, String description) {
        this.environment = environment;
        this.description = description;
    }

    static boolean needed(List<ServiceCatalog.BuiltService> services) {
        return services.stream().anyMatch(s -> s.name().equals(MEDIA_SERVICE));
    }

    /** Whether {@code up} will listen on {@link #S3_PORT} itself. */
    static boolean embedded(Map<String, String> env, List<ServiceCatalog.BuiltService> services) {
        return needed(services) && external(env).isEmpty();
    }

    static Optional<ObjectStore> start(Settings settings, List<ServiceCatalog.BuiltService> services,
                                       Infrastructure.Stoppables stoppables, LogPrefixer log) {
        if (!needed(services)) {
            return Optional.empty();
        }
        Map<String, String> env = settings.environment();
        Optional<String> external = external(env);
        if (external.isPresent()) {
            Map<String, String> vars = new LinkedHashMap<>();
            for (String name : List.of("XCORD_S3_ENDPOINT", "XCORD_S3_PUBLIC_ENDPOINT", "XCORD_S3_REGION", "XCORD_S3_BUCKET",
                    "XCORD_S3_ACCESS_KEY_ID", "XCORD_S3_SECRET_ACCESS_KEY", "XCORD_S3_PATH_STYLE_ACCESS")) {
                Optional.ofNullable(env.get(name)).ifPresent(v -> vars.put(name, v));
            }
            log.print(LogPrefixer.DEVSTACK, "S3: external at " + external.get());
            return Optional.of(new ObjectStore(vars, external.get() + " (external)"));
        }
        S3Server server = S3Server.start(settings.dataDir().resolve("s3"), S3_PORT);
        stoppables.add(STOP_RANK, "S3 (S3Mock)", server::close);
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("XCORD_S3_ENDPOINT", server.endpoint());
        vars.put("XCORD_S3_REGION", S3Server.REGION);
        vars.put("XCORD_S3_BUCKET", "xcord-media");
        vars.put("XCORD_S3_PATH_STYLE_ACCESS", "true");
        vars.put("XCORD_S3_ACCESS_KEY_ID", S3Server.ACCESS_KEY);
        vars.put("XCORD_S3_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
        vars.put("XCORD_S3_CREATE_BUCKET", "true");
        return Optional.of(new ObjectStore(vars, server.endpoint() + " (S3Mock, objects in " + settings.dataDir().resolve("s3") + ")"));
    }

    /** The variables media-service is started with on top of the common ones. */
    Map<String, String> environmentFor(ServiceDefinition service) {
        return service.name().equals(MEDIA_SERVICE) ? environment : Map.of();
    }

    String description() {
        return description;
    }

    private static Optional<String> external(Map<String, String> env) {
        return Optional.ofNullable(env.get("XCORD_S3_ENDPOINT")).filter(v -> !v.isBlank());
    }
}
