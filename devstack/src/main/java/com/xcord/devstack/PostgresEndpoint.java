package com.xcord.devstack;

import java.net.URI;

/** Where PostgreSQL is and how the launcher (a superuser) reaches it. */
record PostgresEndpoint(String host, int port, String database, String superUser, String superPassword, String query) {

    /**
     * Reads {@code XCORD_POSTGRES_URL}: {@code jdbc:postgresql://host[:port]/db[?params]} or the libpq form
     * {@code postgresql://host[:port]/db}; the database defaults to {@code xcord}.
     */
    static PostgresEndpoint parse(String url, String user, String password) {
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url);
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("XCORD_POSTGRES_URL must look like jdbc:postgresql://host:port/xcord, got " + url);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("XCORD_POSTGRES_URL needs XCORD_POSTGRES_USER (a superuser: it creates a role per service)");
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new PostgresEndpoint(uri.getHost(), uri.getPort() == -1 ? 5432 : uri.getPort(),
                path.isEmpty() ? "xcord" : path, user, password == null ? "" : password, uri.getRawQuery());
    }

    String superUserJdbcUrl() {
        return base() + (query == null ? "" : "?" + query);
    }

    /** The URL a service connects with: its schema first on the search path. */
    String serviceJdbcUrl(String schema) {
        return base() + "?" + (query == null ? "" : query + "&") + "currentSchema=" + schema;
    }

    private String base() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
