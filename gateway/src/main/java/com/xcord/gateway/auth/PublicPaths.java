package com.xcord.gateway.auth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Paths that need no token, matched without allocation: a set of exact paths and a few subtree
 * prefixes, both computed once.
 */
@Component
class PublicPaths {

    /** Always public: auth's own entry points, the JWKS, health, API docs and the WebSocket upgrade (its token comes in IDENTIFY). */
    static final List<String> ALWAYS = List.of(
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
            "/api/v1/auth/jwks", "/.well-known/jwks.json", "/api/v1/.well-known/jwks.json",
            "/actuator/health/**",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/asyncapi.yaml",
            "/ws");

    private final Set<String> exact = new HashSet<>();
    private final String[] subtrees;

    PublicPaths(SecurityProperties properties) {
        List<String> prefixes = new ArrayList<>();
        List<String> all = new ArrayList<>(ALWAYS);
        all.addAll(properties.publicPaths());
        for (String path : all) {
            if (path.endsWith("/**")) {
                String root = path.substring(0, path.length() - 3);
                exact.add(root);
                prefixes.add(root + "/");
            } else if (path.contains("*") || path.contains("{")) {
                throw new IllegalArgumentException("xcord.security.public-paths: only exact paths and /** subtrees are supported: " + path);
            } else {
                exact.add(path);
            }
        }
        subtrees = prefixes.toArray(String[]::new);
    }

    boolean matches(String path) {
        if (exact.contains(path)) {
            return true;
        }
        for (String prefix : subtrees) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
