package com.xcord.deploy.compose;

import com.xcord.deploy.guard.Repository;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code .env.example}: the variables docker-compose.yml reads, with their local defaults. */
final class EnvExample {

    static final String PATH = ".env.example";

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME-default}}, {@code ${NAME:?error}}, {@code ${NAME?error}}. */
    static final Pattern VARIABLE = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private EnvExample() {
    }

    static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Repository.read(PATH).split("\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] keyValue = trimmed.split("=", 2);
            if (keyValue.length != 2) {
                throw new AssertionError(PATH + ": not KEY=value: " + line);
            }
            values.put(keyValue[0].trim(), keyValue[1].trim());
        }
        return values;
    }

    /** {@code text} with every variable replaced by its .env.example value (as {@code docker compose} would with a copy of it). */
    static String resolve(String text) {
        Map<String, String> values = values();
        Matcher variable = VARIABLE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            if (value == null && variable.group(2) != null && variable.group(2).endsWith("-")) {
                value = variable.group(3);
            }
            if (value == null) {
                throw new AssertionError(variable.group() + " has no value in " + PATH);
            }
            variable.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        variable.appendTail(resolved);
        return resolved.toString();
    }
}
