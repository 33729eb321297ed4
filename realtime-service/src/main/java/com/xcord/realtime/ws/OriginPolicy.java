package com.xcord.realtime.ws;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Which WebSocket upgrades may proceed, by their {@code Origin} (against cross-site WebSocket hijacking):
 * <ul>
 *   <li>no Origin: not a browser page (a native app, a CLI) — allowed;</li>
 *   <li>an allowlisted Origin (the web apps) — allowed;</li>
 *   <li>an Origin naming this very host and port (same-origin) — allowed. Netty's WebSocket client, which
 *       the gateway proxies {@code /ws} with, invents {@code Origin: http://<upstream>} for clients that
 *       sent none, so without this rule every non-browser client behind the gateway would be refused.</li>
 * </ul>
 */
final class OriginPolicy {

    private final List<String> allowedOrigins;

    OriginPolicy(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    boolean allows(String origin, InetSocketAddress host) {
        return origin == null || allowedOrigins.contains(origin) || isSameOrigin(origin, host);
    }

    private static boolean isSameOrigin(String origin, InetSocketAddress host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            int hostPort = host.getPort() != 0 ? host.getPort() : port;
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(host.getHostString()) && port == hostPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
