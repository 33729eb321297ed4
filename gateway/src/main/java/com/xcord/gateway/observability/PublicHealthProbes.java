package com.xcord.gateway.observability;

import java.util.Map;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.ReactiveHealthEndpointWebExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The gateway's actuator lives on its management port ({@code management.server.port}, 8090 by default), which
 * is not published: {@code /actuator/prometheus} and every other endpoint stay inside the cluster. Only the
 * probes are answered on the public port too, at the usual paths ({@code /actuator/health},
 * {@code /actuator/health/liveness}, {@code /actuator/health/readiness}), with the same status codes and the
 * status alone (details are never shown publicly): load balancers, {@code ./xcord up} and the chart probe them.
 */
@Configuration(proxyBeanMethods = false)
class PublicHealthProbes {

    private static final String HEALTH = "/actuator/health";

    @Bean
    RouterFunction<ServerResponse> publicHealthRoutes(ReactiveHealthEndpointWebExtension health) {
        return RouterFunctions.route(RequestPredicates.GET(HEALTH).or(RequestPredicates.GET(HEALTH + "/*")),
                request -> answer(health, request));
    }

    private static Mono<ServerResponse> answer(ReactiveHealthEndpointWebExtension health, ServerRequest request) {
        String path = request.path().substring(HEALTH.length());
        String[] segments = path.isEmpty() ? new String[0] : new String[] {path.substring(1)};
        return health.health(ApiVersion.LATEST, WebServerNamespace.SERVER, SecurityContext.NONE, segments)
                .flatMap(response -> response.getBody() == null
                        ? ServerResponse.status(response.getStatus()).build()
                        : ServerResponse.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON)
                                .bodyValue(Map.of("status", response.getBody().getStatus().getCode())));
    }
}
