package com.xcord.gateway.hygiene;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@code X-Forwarded-For/Proto/Host} as the gateway saw the client, added to the downstream request
 * after Spring Cloud Gateway has removed every {@code X-Forwarded-*} header the client sent (its
 * {@code RemoveXForwardedHeadersFilter}, order 0). Services trust these only from the gateway's network.
 * The request id goes on here too, replacing whatever the client sent under that name.
 */
@Component
class ForwardedHeaders implements HttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        String requestId = RequestIds.of(exchange);
        if (requestId != null) {
            headers.set(RequestIds.HEADER, requestId);
        }
        headers.set("X-Forwarded-For", ClientAddress.of(exchange));
        String scheme = exchange.getRequest().getURI().getScheme();
        headers.set("X-Forwarded-Proto", scheme == null ? "http" : scheme);
        String host = exchange.getRequest().getHeaders().getFirst(HttpHeaders.HOST);
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
