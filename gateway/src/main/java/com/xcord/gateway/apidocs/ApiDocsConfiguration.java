package com.xcord.gateway.apidocs;

import com.xcord.gateway.routing.RoutingProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code /v3/api-docs/<service>} → that service's {@code /v3/api-docs}, for the one Swagger UI the
 * gateway serves ({@code springdoc.swagger-ui.urls}). The Host header is kept so each document's
 * server URL is the gateway's, and "Try it out" goes through the gateway too.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    RouteLocator apiDocsRoutes(RouteLocatorBuilder builder, RoutingProperties properties) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        properties.services().keySet().stream().sorted().filter(name -> !name.equals("realtime")).forEach(name ->
                routes.route("api-docs-" + name, r -> r.order(1000).path("/v3/api-docs/" + name)
                        .filters(f -> f.setPath("/v3/api-docs").preserveHostHeader())
                        .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) properties.connectTimeout(name).toMillis())
                        .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, properties.responseTimeout(name).toMillis())
                        .uri(properties.service(name).uri())));
        return routes.build();
    }
}
