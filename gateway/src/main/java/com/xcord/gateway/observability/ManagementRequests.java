package com.xcord.gateway.observability;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Whether a request came in on the management port. Spring Boot's management server runs the gateway's web
 * filters too (they are beans of the parent context), but a scrape or a probe there is the operator's, not a
 * client's: it needs no access token (the port is not published) and is not access-logged or counted as traffic.
 */
public final class ManagementRequests {

    private static final String NAMESPACE = "management";

    private ManagementRequests() {
    }

    public static boolean isManagement(ServerWebExchange exchange) {
        return WebServerApplicationContext.hasServerNamespace(exchange.getApplicationContext(), NAMESPACE);
    }
}
