package com.xcord.gateway.routing;

import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * Which path goes to which service: every path prefix of DESIGN §3, in match order. The login,
 * register and refresh endpoints are routes of their own so that they get stricter rate limits.
 */
public final class RouteTable {

    /** One route: {@code method} null for any method; {@code kind} says which filters it gets. */
    public record RouteSpec(String id, String service, HttpMethod method, Kind kind, List<String> paths) {
    }

    public enum Kind {
        /** REST: circuit breaker, response timeout, GET retries, rate limit. */
        API,
        /** The WebSocket upgrade: no retries, no response timeout (the socket lives long). */
        WEBSOCKET
    }

    public static final List<RouteSpec> ROUTES = List.of(
            api("auth-login", "auth", HttpMethod.POST, "/api/v1/auth/login"),
            api("auth-register", "auth", HttpMethod.POST, "/api/v1/auth/register"),
            api("auth-refresh", "auth", HttpMethod.POST, "/api/v1/auth/refresh"),
            // before "auth", which owns the rest of /users
            api("feed-user-posts", "feed", null, "/api/v1/users/*/posts"),
            api("live-user-live", "live", null, "/api/v1/users/*/live"),
            api("auth", "auth", null, "/api/v1/auth/**", "/api/v1/me/**", "/api/v1/users/**",
                    "/api/v1/relationships/**", "/.well-known/jwks.json", "/api/v1/.well-known/jwks.json"),
            api("feed", "feed", null, "/api/v1/posts/**", "/api/v1/feed/**", "/api/v1/bookmarks/**"),
            api("dm", "dm", null, "/api/v1/dm/**"),
            api("server", "server", null, "/api/v1/servers/**", "/api/v1/invites/**"),
            api("live", "live", null, "/api/v1/live/**"),
            api("notification", "notification", null, "/api/v1/notifications/**"),
            api("search", "search", null, "/api/v1/search/**"),
            api("media", "media", null, "/api/v1/media/**"),
            new RouteSpec("realtime", "realtime", HttpMethod.GET, Kind.WEBSOCKET, List.of("/ws")));

    private RouteTable() {
    }

    private static RouteSpec api(String id, String service, HttpMethod method, String... paths) {
        return new RouteSpec(id, service, method, Kind.API, List.of(paths));
    }
}
