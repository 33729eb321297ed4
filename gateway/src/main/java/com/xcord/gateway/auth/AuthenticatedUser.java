package com.xcord.gateway.auth;

import org.springframework.web.server.ServerWebExchange;

/** The caller a valid access token names; kept on the exchange for rate limits and the access log. */
public record AuthenticatedUser(String userId) {

    private static final String ATTRIBUTE = AuthenticatedUser.class.getName();

    public static AuthenticatedUser of(ServerWebExchange exchange) {
        return exchange.getAttribute(ATTRIBUTE);
    }

    void attachTo(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }
}
