package com.xcord.gateway.routing;

import com.xcord.gateway.resilience.RouteResilience;
import com.xcord.gateway.routing.RouteTable.Kind;
import com.xcord.gateway.routing.RouteTable.RouteSpec;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The routes of {@link RouteTable}, each to its service's URI with its timeouts and resilience filters. */
@Configuration(proxyBeanMethods = false)
class RoutesConfiguration {

    @Bean
    RouteLocator serviceRoutes(RouteLocatorBuilder builder, RoutingProperties properties, RouteResilience resilience) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        int order = 0;
        for (RouteSpec spec : RouteTable.ROUTES) {
            int routeOrder = order++;
            routes.route(spec.id(), r -> {
                var predicate = r.order(routeOrder).path(spec.paths().toArray(String[]::new));
                var matching = spec.method() != null ? predicate.and().method(spec.method()) : predicate;
                var route = spec.kind() == Kind.API
                        ? matching.filters(f -> resilience.apply(spec.id(), f))
                                .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, properties.responseTimeout(spec.service()).toMillis())
                        : matching;
                var withTimeouts = route
                        .metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, (int) properties.connectTimeout(spec.service()).toMillis());
                return withTimeouts.uri(properties.service(spec.service()).uri());
            });
        }
        return routes.build();
    }
}
