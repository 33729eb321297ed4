package com.xcord.devstack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@code ./xcord up} prints once everything is healthy. */
final class Banner {

    private Banner() {
    }

    static List<String> lines(double secondsToHealthy, List<ServiceDefinition> services, Infrastructure infrastructure, Path dataDir) {
        List<String> lines = new ArrayList<>();
        String rule = "=".repeat(72);
        lines.add(rule);
        lines.add(String.format("XCORD is up: healthy %.1f s after start", secondsToHealthy));
        lines.add("");
        lines.add(api(services));
        lines.add("");
        for (ServiceDefinition service : services) {
            lines.add(String.format("  %-21s %s   (health: %s/actuator/health)", service.name(), service.url(), service.url()));
        }
        if (services.isEmpty()) {
            lines.add("  (no service started: infrastructure only)");
        }
        webSockets(services).ifPresent(lines::add);
        lines.add("");
        PostgresEndpoint pg = infrastructure.postgres();
        lines.add(String.format("  %-21s %s:%d/%s (superuser %s)", "PostgreSQL", pg.host(), pg.port(), pg.database(), pg.superUser()));
        lines.add(String.format("  %-21s %s", "Kafka", infrastructure.kafkaBootstrapServers()));
        lines.add(String.format("  %-21s %s:%d", "Redis", infrastructure.redis().host(), infrastructure.redis().port()));
        lines.add(String.format("  %-21s %s   (kept across restarts; ./xcord reset deletes it)", "Data", dataDir));
        lines.add("");
        lines.add("Ctrl-C to stop");
        lines.add(rule);
        return lines;
    }

    /**
     * With several realtime-service replicas: which one the gateway's {@code /ws} reaches (the first, on its
     * fixed port; nothing balances them locally) and where the others take WebSockets directly.
     */
    static Optional<String> webSockets(List<ServiceDefinition> services) {
        List<ServiceDefinition> extras = RealtimeReplicas.extras(services);
        if (extras.isEmpty()) {
            return Optional.empty();
        }
        String others = extras.stream().map(Banner::webSocket).collect(Collectors.joining(", "));
        return Optional.of("  WebSocket: " + webSocket(ServiceCatalog.realtimeReplica(1)) + " (where the gateway's /ws goes), " + others);
    }

    private static String webSocket(ServiceDefinition replica) {
        return replica.name() + " ws://localhost:" + replica.port() + "/ws";
    }

    /** The gateway when it is among the services started; otherwise clients call the services directly, auth-service first. */
    static String api(List<ServiceDefinition> services) {
        if (services.stream().anyMatch(s -> s.name().equals(ServiceCatalog.GATEWAY))) {
            return "API:  http://localhost:8080/api/v1   (the gateway)";
        }
        if (services.stream().anyMatch(s -> s.name().equals(ServiceCatalog.AUTH_SERVICE))) {
            return "API:  http://localhost:8081/api/v1   (auth-service directly: the gateway is not running)";
        }
        return "API:  none running";
    }
}
