package com.xcord.gateway.hygiene;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS for the allowlisted origins only, answered before authentication (a preflight carries no
 * token). Bearer tokens, not cookies: no credentials.
 */
@Configuration(proxyBeanMethods = false)
class CorsConfiguration {

    @Bean
    WebFilter corsFilter(HygieneProperties properties) {
        var cors = new org.springframework.web.cors.CorsConfiguration();
        cors.setAllowedOrigins(properties.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Idempotency-Key", RequestIds.HEADER));
        cors.setExposedHeaders(List.of(RequestIds.HEADER, "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
                "Retry-After", "Idempotency-Replayed", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(properties.cors().maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        CorsWebFilter delegate = new CorsWebFilter(source);
        return new OrderedCorsFilter(delegate);
    }

    private record OrderedCorsFilter(CorsWebFilter delegate) implements WebFilter, Ordered {

        @Override
        public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
            return delegate.filter(exchange, chain);
        }

        @Override
        public int getOrder() {
            return FilterOrder.CORS;
        }
    }
}
