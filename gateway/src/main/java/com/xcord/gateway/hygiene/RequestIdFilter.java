package com.xcord.gateway.hygiene;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request its {@code X-Request-Id} and returns it on the response (also on errors); the
 * downstream copy is set by {@link ForwardedHeaders}.
 */
@Component
class RequestIdFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return FilterOrder.REQUEST_ID;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = RequestIds.keepOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        RequestIds.attach(exchange, id);
        exchange.getResponse().beforeCommit(() -> {
            // set, not add: a service that echoes the id must not make it appear twice
            exchange.getResponse().getHeaders().set(RequestIds.HEADER, id);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }
}
