package com.xcord.servicekit.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bean Validation's {@code @Pattern} is a Java regex, springdoc copies it into the schema, but
 * OpenAPI patterns are ECMA-262, which has no inline flags: {@code (?i)text|category} breaks
 * every client validator (and Spectral). A leading {@code (?i)} on a pattern of plain words
 * becomes explicit letter classes ({@code [tT][eE][xX][tT]|…}); on anything else the flag is
 * dropped and the description says the match ignores case.
 */
final class PortablePatterns {

    private static final String CASE_INSENSITIVE = "(?i)";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_|()\\- ]*");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");

    static void apply(OpenAPI api) {
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            api.getComponents().getSchemas().values().forEach(schema -> visit(schema, seen));
        }
    }

    private static void visit(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && pattern.startsWith(CASE_INSENSITIVE)) {
            String rest = pattern.substring(CASE_INSENSITIVE.length());
            if (PLAIN.matcher(rest).matches()) {
                schema.setPattern(LETTER.matcher(rest).replaceAll(m -> Matcher.quoteReplacement(
                        "[" + m.group().toLowerCase() + m.group().toUpperCase() + "]")));
            } else {
                schema.setPattern(rest);
                String description = schema.getDescription();
                schema.setDescription((description == null ? "" : description + " ") + "(matched ignoring case)");
            }
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.values().forEach(p -> visit(p, seen));
        }
        visit(schema.getItems(), seen);
        visitAll(schema.getAllOf(), seen);
        visitAll(schema.getAnyOf(), seen);
        visitAll(schema.getOneOf(), seen);
    }

    private static void visitAll(Collection<Schema> schemas, Set<Schema<?>> seen) {
        if (schemas != null) {
            schemas.forEach(s -> visit(s, seen));
        }
    }

    private PortablePatterns() {
    }
}
