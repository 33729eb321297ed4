package com.xcord.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are and how long the gateway waits for them.
 *
 * @param services        per service name ({@code auth}, {@code feed}, …): its base URI and optional
 *                        timeouts; unset services get the ports of docs/conventions.md on localhost
 * @param connectTimeout  default time to open a connection: a service that is down answers 503 after at most this
 * @param responseTimeout default time to the response headers; then 504
 */
@ConfigurationProperties("xcord.gateway")
public record RoutingProperties(
        @DefaultValue Map<String, ServiceEndpoint> services,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("10s") Duration responseTimeout) {

    /** The ports of docs/conventions.md. */
    static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "auth", 8081, "feed", 8082, "dm", 8083, "server", 8084, "realtime", 8085,
            "live", 8086, "notification", 8087, "search", 8088, "media", 8089);

    /**
     * @param uri             e.g. {@code http://localhost:8081}
     * @param connectTimeout  overrides the default for this service
     * @param responseTimeout overrides the default for this service
     */
    public record ServiceEndpoint(URI uri, Duration connectTimeout, Duration responseTimeout) {
    }

    public RoutingProperties {
        Map<String, ServiceEndpoint> all = new LinkedHashMap<>();
        DEFAULT_PORTS.forEach((name, port) -> all.put(name, new ServiceEndpoint(URI.create("http://localhost:" + port), null, null)));
        services.forEach((name, endpoint) -> {
            ServiceEndpoint fallback = all.get(name);
            all.put(name, new ServiceEndpoint(
                    endpoint.uri() != null ? endpoint.uri() : fallback == null ? null : fallback.uri(),
                    endpoint.connectTimeout(), endpoint.responseTimeout()));
        });
        services = Map.copyOf(all);
    }

    public ServiceEndpoint service(String name) {
        ServiceEndpoint endpoint = services.get(name);
        if (endpoint == null || endpoint.uri() == null) {
            throw new IllegalStateException("xcord.gateway.services." + name + ".uri is not set");
        }
        return endpoint;
    }

    public Duration connectTimeout(String service) {
        Duration own = service(service).connectTimeout();
        return own != null ? own : connectTimeout;
    }

    public Duration responseTimeout(String service) {
        Duration own = service(service).responseTimeout();
        return own != null ? own : responseTimeout;
    }
}
