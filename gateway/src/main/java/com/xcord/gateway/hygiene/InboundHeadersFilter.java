package com.xcord.gateway.hygiene;

import com.xcord.edge.client.ForwardedFor;
import java.util.ArrayList;
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
 * {@code X-User-Id}, …) and headers the client named in {@code Connection} are dropped — after the client's
 * address is read from {@code X-Forwarded-For} when a trusted proxy (the ingress) sent the request.
 * {@link ForwardedHeaders} sets the request id and {@code X-Forwarded-For/Proto/Host} on the way out;
 * the standard hop-by-hop headers are removed by Spring Cloud Gateway.
 *
 * <p>Most requests carry none of these, and then the request is passed on as it is: mutating it would
 * copy every header and wrap the exchange, for nothing.
 */
@Component
class InboundHeadersFilter implements WebFilter, Ordered {

    private final List<String> stripped;
    private final ForwardedFor forwardedFor;

    InboundHeadersFilter(HygieneProperties properties) {
        this.stripped = List.copyOf(properties.strippedRequestHeaders());
        this.forwardedFor = new ForwardedFor(properties.trustedProxies());
    }

    @Override
    public int getOrder() {
        return FilterOrder.INBOUND_HEADERS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders inbound = request.getHeaders();
        rememberForwardedClient(exchange, inbound);
        List<String> connectionListed = connectionListed(inbound);
        if (connectionListed.isEmpty() && !containsStripped(inbound)) {
            return chain.filter(exchange);
        }
        ServerHttpRequest cleaned = request.mutate().headers(headers -> {
            stripped.forEach(headers::remove);
            connectionListed.forEach(headers::remove);
        }).build();
        return chain.filter(exchange.mutate().request(cleaned).build());
    }

    /** Behind a trusted proxy, the client it names (read here: the header is dropped right after). */
    private void rememberForwardedClient(ServerWebExchange exchange, HttpHeaders inbound) {
        if (!forwardedFor.trustsAnyProxy()) {
            return;
        }
        String header = inbound.getFirst("X-Forwarded-For");
        if (header != null) {
            List<String> all = inbound.get("X-Forwarded-For");
            String forwarded = all.size() == 1 ? header : String.join(",", all);
            ClientAddress.remember(exchange, forwardedFor.clientAddress(ClientAddress.of(exchange), forwarded));
        }
    }

    private boolean containsStripped(HttpHeaders headers) {
        for (String name : stripped) {
            if (headers.containsHeader(name)) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9110 §7.6.1: headers named in Connection are for this hop only. Upgrade stays: WebSockets need it. */
    private static List<String> connectionListed(HttpHeaders headers) {
        List<String> connection = headers.get(HttpHeaders.CONNECTION);
        if (connection == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(0);
        for (String value : connection) {
            for (String token : value.split(",")) {
                String name = token.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.equals("upgrade") && !name.equals("keep-alive") && !name.equals("close")
                        && !name.equals("authorization") && !name.equals("host")) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
