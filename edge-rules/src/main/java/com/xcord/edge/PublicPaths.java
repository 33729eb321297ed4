package com.xcord.edge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The paths that need no access token, in one syntax for both stacks: {@code [METHOD ]path}, where the path
 * is exact ({@code /api/v1/auth/login}) or a subtree ({@code /v3/api-docs/**}, which includes
 * {@code /v3/api-docs} itself); no other wildcards. The shared lists below are the single source: the gateway
 * lets through {@link #atGateway everything any service serves publicly}, each servlet service
 * {@link #forService its own}; {@code xcord.security.public-paths} adds a service's extras.
 *
 * <p>Matching allocates nothing: a set of exact paths and a few subtree prefixes, computed once.
 */
public final class PublicPaths {

    /** Every service, and the gateway for itself: health probes and the OpenAPI documents. */
    public static final List<String> EVERY_SERVICE = List.of("/actuator/health/**", "/v3/api-docs/**");

    /** auth-service's entry points: a caller has no valid token yet (or an expired one) there, and the JWKS. */
    public static final List<String> AUTH_SERVICE = List.of(
            "/api/v1/auth/register", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/logout",
            "/api/v1/auth/jwks", "/.well-known/jwks.json", "/api/v1/.well-known/jwks.json");

    /** The gateway's own: Swagger UI and the WebSocket upgrade (its token comes in IDENTIFY, not the URL). */
    public static final List<String> GATEWAY =
            List.of("/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/asyncapi.yaml", "/ws");

    /** One entry: {@code method} null for any method; {@code subtree} for a {@code /**} entry. */
    public record Entry(String method, String path, boolean subtree) {

        /** The entry as written in configuration. */
        @Override
        public String toString() {
            return (method == null ? "" : method + " ") + path + (subtree ? "/**" : "");
        }
    }

    private final List<Entry> entries;
    /** "path" for any method, "METHOD path" for one; subtree roots included. */
    private final Set<String> exact = new HashSet<>();
    private final String[] anyMethodPrefixes;
    private final List<Entry> methodSubtrees;
    /** Without method-specific entries (today's lists) a match never builds a string. */
    private final boolean hasMethodEntries;

    private PublicPaths(Collection<String> specs) {
        Set<Entry> parsed = new LinkedHashSet<>();
        specs.forEach(spec -> parsed.add(parse(spec)));
        this.entries = List.copyOf(parsed);
        List<String> prefixes = new ArrayList<>();
        List<Entry> methodPrefixes = new ArrayList<>();
        for (Entry entry : entries) {
            exact.add(entry.method() == null ? entry.path() : entry.method() + " " + entry.path());
            if (entry.subtree()) {
                if (entry.method() == null) {
                    prefixes.add(entry.path() + "/");
                } else {
                    methodPrefixes.add(entry);
                }
            }
        }
        this.anyMethodPrefixes = prefixes.toArray(String[]::new);
        this.methodSubtrees = List.copyOf(methodPrefixes);
        this.hasMethodEntries = entries.stream().anyMatch(entry -> entry.method() != null);
    }

    /** The shared lists plus {@code configured}, in that order. */
    @SafeVarargs
    public static PublicPaths of(Collection<String>... lists) {
        List<String> all = new ArrayList<>();
        for (Collection<String> list : lists) {
            all.addAll(list);
        }
        return new PublicPaths(all);
    }

    /** What the gateway lets through without a token: every service's public paths, its own, and its extras. */
    public static PublicPaths atGateway(Collection<String> configured) {
        return of(EVERY_SERVICE, AUTH_SERVICE, GATEWAY, configured);
    }

    /** A servlet service's: {@link #EVERY_SERVICE}, its {@code own} shared list, and its configured extras. */
    public static PublicPaths forService(Collection<String> own, Collection<String> configured) {
        return of(EVERY_SERVICE, own, configured);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Whether a request with this method (any case) and raw path needs no token. */
    public boolean matches(String method, String path) {
        if (exact.contains(path)) {
            return true;
        }
        for (String prefix : anyMethodPrefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        if (!hasMethodEntries) {
            return false;
        }
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        if (exact.contains(upper + " " + path)) {
            return true;
        }
        for (Entry entry : methodSubtrees) {
            if (entry.method().equals(upper) && (path.equals(entry.path()) || path.startsWith(entry.path() + "/"))) {
                return true;
            }
        }
        return false;
    }

    /** {@code "/path"}, {@code "/path/**"} or {@code "POST /path"}; anything else is a configuration error. */
    static Entry parse(String spec) {
        String trimmed = spec.trim();
        String method = null;
        String path = trimmed;
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            method = trimmed.substring(0, space).toUpperCase(Locale.ROOT);
            path = trimmed.substring(space + 1).trim();
            if (!method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                throw invalid(spec);
            }
        }
        boolean subtree = path.endsWith("/**");
        if (subtree) {
            path = path.substring(0, path.length() - 3);
        }
        if (!path.startsWith("/") || path.contains("*") || path.contains("{") || path.contains(" ")) {
            throw invalid(spec);
        }
        return new Entry(method, path, subtree);
    }

    private static IllegalArgumentException invalid(String spec) {
        return new IllegalArgumentException("xcord.security.public-paths: \"" + spec
                + "\" is not [METHOD ]path with an exact path or a /** subtree");
    }
}
