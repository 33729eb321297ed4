package com.xcord.devstack;

import java.util.List;
import java.util.Optional;

/**
 * A service of the fleet as the launcher knows it: module (and jar) name, HTTP port and the Postgres
 * schema it owns (which is also the name of its database role). {@code extensions} are created by the
 * superuser inside that schema, since the service's role may not create extensions itself.
 */
record ServiceDefinition(String name, int port, String schema, List<String> extensions) {

    ServiceDefinition(String name, int port, String schema) {
        this(name, port, schema, List.of());
    }

    Optional<String> ownedSchema() {
        return Optional.ofNullable(schema);
    }

    String url() {
        return "http://localhost:" + port;
    }
}
