package com.xcord.gateway.hygiene;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;

/**
 * The client's IP as the gateway saw the connection: never from a request header, which the client
 * could write itself (the gateway is the edge; behind a load balancer, use its PROXY protocol).
 */
public final class ClientAddress {

    private static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    public static String of(ServerWebExchange exchange) {
        String cached = exchange.getAttribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        exchange.getAttributes().put(ATTRIBUTE, address);
        return address;
    }
}
