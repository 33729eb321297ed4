package com.xcord.gateway.hygiene;

import java.util.List;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Cleans what the client sent before anything reads or forwards it: headers that would let a client
 * claim an identity or an address ({@code X-Forwarded-*}, {@code Forwarded}, {@code X-Real-IP},
 * {@code X-User-Id}, …) and headers the client named in {@code Connection} are dropped, and the
 * request id is set. {@link ForwardedHeaders} adds {@code X-Forwarded-For/Proto/Host} on the way out;
 * the standard hop-by-hop headers are removed by Spring Cloud Gateway.
 */
@Component
class InboundHeadersFilter implements WebFilter, Ordered {

    private final List<String> stripped;

    InboundHeadersFilter(HygieneProperties properties) {
        this.stripped = List.copyOf(properties.strippedRequestHeaders());
    }

    @Override
    public int getOrder() {
        return FilterOrder.INBOUND_HEADERS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = RequestIds.of(exchange);
        ServerHttpRequest cleaned = request.mutate().headers(headers -> {
            for (String name : stripped) {
                headers.remove(name);
            }
            removeConnectionListed(headers);
            if (requestId != null) {
                headers.set(RequestIds.HEADER, requestId);
            }
        }).build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    /** RFC 9110 §7.6.1: headers named in Connection are for this hop only. Upgrade stays: WebSockets need it. */
    private static void removeConnectionListed(HttpHeaders headers) {
        List<String> connection = headers.get(HttpHeaders.CONNECTION);
        if (connection == null) {
            return;
        }
        for (String value : connection) {
            for (String token : value.split(",")) {
                String name = token.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("upgrade") && !name.equals("keep-alive") && !name.equals("close")
                        && !name.equals("authorization") && !name.equals("host")) {
                    headers.remove(name);
                }
            }
        }
    }
}
