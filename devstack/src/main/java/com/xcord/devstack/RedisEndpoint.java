package com.xcord.devstack;

import java.net.URI;

/** Where Redis is; {@code password} is null when it has none. */
record RedisEndpoint(String host, int port, String password, boolean ssl) {

    /** Reads {@code XCORD_REDIS_URL}: {@code redis://[user:password@]host[:port]}, or {@code rediss://} for TLS. */
    static RedisEndpoint parse(String url) {
        URI uri = URI.create(url);
        if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("XCORD_REDIS_URL must look like redis://host:port, got " + url);
        }
        String password = null;
        if (uri.getUserInfo() != null) {
            String info = uri.getUserInfo();
            password = info.contains(":") ? info.substring(info.indexOf(':') + 1) : info;
        }
        return new RedisEndpoint(uri.getHost(), uri.getPort() == -1 ? 6379 : uri.getPort(), password, "rediss".equals(uri.getScheme()));
    }
}
