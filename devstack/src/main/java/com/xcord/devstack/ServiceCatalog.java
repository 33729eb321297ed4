package com.xcord.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fleet: every service the launcher can run (the one copy of the port/schema table of
 * docs/conventions.md in code, with the ports of realtime-service's extra replicas), and discovery of the
 * ones that are built in this checkout.
 */
final class ServiceCatalog {

    static final String AUTH_SERVICE = "auth-service";
    static final String GATEWAY = "gateway";
    /** management.server.port in the gateway's application.yml: metrics stay off the public port. */
    static final int GATEWAY_MANAGEMENT_PORT = 8090;
    static final String REALTIME_SERVICE = "realtime-service";

    /**
     * Ports of realtime-service's extra replicas ({@code ./xcord up --realtime-replicas N}): replica 2 on
     * 8095, replica 3 on 8096, up to replica 6 on 8099. Replica 1 keeps 8085 from the table below, where
     * the gateway routes {@code /ws} (in production a Kubernetes Service spreads it over the pods); the
     * others are reached directly. Fixed rather than picked among free ports, so a test or a developer
     * knows where replica 2 is, and a busy one is refused like any other port of the fleet.
     */
    static final int FIRST_EXTRA_REALTIME_PORT = 8095;
    static final int MAX_REALTIME_REPLICAS = 6;

    /** In start order: auth-service first, the others need its JWKS. */
    static final List<ServiceDefinition> KNOWN = List.of(
            new ServiceDefinition(AUTH_SERVICE, 8081, "auth"),
            new ServiceDefinition(GATEWAY, 8080, null),
            new ServiceDefinition("feed-service", 8082, "feed"),
            new ServiceDefinition("dm-service", 8083, "dm"),
            new ServiceDefinition("server-service", 8084, "server"),
            new ServiceDefinition(REALTIME_SERVICE, 8085, null),
            new ServiceDefinition("live-service", 8086, "live"),
            new ServiceDefinition("notification-service", 8087, "notification"),
            new ServiceDefinition("search-service", 8088, "search", List.of("pg_trgm", "unaccent")),
            new ServiceDefinition("media-service", 8089, "media"));

    /** A service whose jar exists. */
    record BuiltService(ServiceDefinition definition, Path jar) {
        String name() {
            return definition.name();
        }
    }

    private ServiceCatalog() {
    }

    static Optional<ServiceDefinition> find(String name) {
        return KNOWN.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /**
     * Replica {@code number} (1-based) of realtime-service: the first is the catalog's own entry, the
     * others are named {@code realtime-service-<number>} (their log prefix) and get the extra ports above.
     */
    static ServiceDefinition realtimeReplica(int number) {
        if (number < 1 || number > MAX_REALTIME_REPLICAS) {
            throw new IllegalArgumentException("realtime-service replicas: 1 to " + MAX_REALTIME_REPLICAS + ", not " + number);
        }
        if (number == 1) {
            return find(REALTIME_SERVICE).orElseThrow();
        }
        return new ServiceDefinition(REALTIME_SERVICE + "-" + number, FIRST_EXTRA_REALTIME_PORT + number - 2, null);
    }

    /** The widest name a log line can carry: a service's or the last realtime-service replica's. */
    static int longestName() {
        return Stream.concat(KNOWN.stream(), Stream.of(realtimeReplica(MAX_REALTIME_REPLICAS)))
                .mapToInt(s -> s.name().length()).max().orElse(0);
    }

    /**
     * The services built in {@code root}: a directory {@code *-service} or {@code gateway} holding
     * {@code target/<name>.jar}, in start order. A service directory that is not in the table is reported
     * through {@code warn} and skipped (the launcher would not know its port).
     */
    static List<BuiltService> discover(Path root, Consumer<String> warn) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .filter(name -> name.endsWith("-service") || name.equals(GATEWAY))
                    .filter(name -> Files.isRegularFile(root.resolve(name).resolve("target").resolve(name + ".jar")))
                    .flatMap(name -> {
                        Optional<ServiceDefinition> known = find(name);
                        if (known.isEmpty()) {
                            warn.accept(name + " is built but not in ServiceCatalog.KNOWN (no port): not started");
                        }
                        return known.stream();
                    })
                    .sorted(Comparator.comparingInt(KNOWN::indexOf))
                    .map(d -> new BuiltService(d, root.resolve(d.name()).resolve("target").resolve(d.name() + ".jar")))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
