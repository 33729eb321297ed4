package com.xcord.deploy.guard;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * devstack's {@code ServiceCatalog.KNOWN}, the one table of ports and schemas in code, read from its source: the deploy
 * module checks what operators run against what {@code ./xcord up} runs without depending on the launcher's classes.
 */
public final class LauncherCatalog {

    static final String SOURCE = "devstack/src/main/java/com/xcord/devstack/ServiceCatalog.java";

    /** {@code static final String AUTH_SERVICE = "auth-service";} */
    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(\\w+)\\s*=\\s*\"([^\"]+)\"\\s*;");
    /** {@code new ServiceDefinition(NAME or "name", 8088, "schema" or null[, List.of("ext", ...)])} */
    private static final Pattern DEFINITION = Pattern.compile(
            "new\\s+ServiceDefinition\\(\\s*(\\w+|\"[^\"]+\")\\s*,\\s*(\\d+)\\s*,\\s*(null|\"[^\"]+\")"
                    + "(?:\\s*,\\s*List\\.of\\(([^)]*)\\))?\\s*\\)");

    /** A service the launcher knows: its module, HTTP port, schema (= database role) and the extensions in it. */
    public record Entry(String module, int port, Optional<String> schema, List<String> extensions) {
    }

    private LauncherCatalog() {
    }

    public static Map<String, Entry> entries() {
        String source = Repository.read(SOURCE);
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Map<String, Entry> entries = new java.util.LinkedHashMap<>();
        Matcher definition = DEFINITION.matcher(source);
        while (definition.find()) {
            String name = definition.group(1).startsWith("\"") ? unquote(definition.group(1)) : constants.get(definition.group(1));
            if (name == null) {
                throw new IllegalStateException("unknown constant " + definition.group(1) + " in " + SOURCE);
            }
            Optional<String> schema = definition.group(3).equals("null") ? Optional.empty() : Optional.of(unquote(definition.group(3)));
            List<String> extensions = definition.group(4) == null ? List.of()
                    : Arrays.stream(definition.group(4).split(",")).map(String::trim).map(LauncherCatalog::unquote).toList();
            entries.put(name, new Entry(name, Integer.parseInt(definition.group(2)), schema, extensions));
        }
        if (entries.isEmpty()) {
            throw new IllegalStateException("no ServiceDefinition found in " + SOURCE + ": has its shape changed?");
        }
        return entries;
    }

    public static Entry entry(String module) {
        Entry entry = entries().get(module);
        if (entry == null) {
            throw new AssertionError(module + " is not in devstack's ServiceCatalog.KNOWN (" + SOURCE + ")");
        }
        return entry;
    }

    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1);
    }
}
