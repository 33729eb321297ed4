package com.xcord.gateway.hygiene;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;

/**
 * The client's IP: the connection's peer, or — when the peer is one of {@code xcord.gateway.trusted-proxies} (the
 * ingress in front of the gateway) — the address those proxies put in {@code X-Forwarded-For}, as
 * {@link InboundHeadersFilter} resolved it before dropping the header. Never from a header a client could write
 * itself.
 */
public final class ClientAddress {

    private static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {
    }

    /** Set by {@link InboundHeadersFilter} when a trusted proxy named the client. */
    static void remember(ServerWebExchange exchange, String address) {
        exchange.getAttributes().put(ATTRIBUTE, address);
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
