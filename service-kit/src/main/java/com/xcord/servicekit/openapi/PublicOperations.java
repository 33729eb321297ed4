package com.xcord.servicekit.openapi;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.List;
import java.util.Locale;

/**
 * Which documented operations need no token: read from {@code xcord.security.public-paths}, the
 * very list the security filter chain permits (same syntax: {@code "/path/**"} or
 * {@code "POST /path"}), so the document cannot drift from what the service enforces.
 */
final class PublicOperations {

    private record Rule(String method, PathPattern pattern) {
    }

    private final List<Rule> rules;

    PublicOperations(List<String> publicPaths) {
        this.rules = publicPaths.stream().map(PublicOperations::rule).toList();
    }

    /** {@code path} is the operation's template, e.g. {@code /api/v1/users/{id}}. */
    boolean isPublic(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().anyMatch(rule -> (rule.method() == null || rule.method().equalsIgnoreCase(method))
                && rule.pattern().matches(container));
    }

    private static Rule rule(String spec) {
        String trimmed = spec.trim();
        int space = trimmed.indexOf(' ');
        if (space > 0) {
            return new Rule(trimmed.substring(0, space).toUpperCase(Locale.ROOT),
                    PathPatternParser.defaultInstance.parse(trimmed.substring(space + 1).trim()));
        }
        return new Rule(null, PathPatternParser.defaultInstance.parse(trimmed));
    }
}
