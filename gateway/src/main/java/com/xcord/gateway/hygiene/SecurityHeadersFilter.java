package com.xcord.gateway.hygiene;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** HSTS, nosniff, Referrer-Policy and frame denial on every response, the gateway's own errors included. */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    private final String hsts;
    private final String referrerPolicy;

    SecurityHeadersFilter(HygieneProperties properties) {
        this.hsts = properties.hsts();
        this.referrerPolicy = properties.referrerPolicy();
    }

    @Override
    public int getOrder() {
        return FilterOrder.SECURITY_HEADERS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("Strict-Transport-Security", hsts);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", referrerPolicy);
            headers.set("X-Frame-Options", "DENY");
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
