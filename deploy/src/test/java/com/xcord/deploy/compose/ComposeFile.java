package com.xcord.deploy.compose;

import com.xcord.deploy.guard.Repository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * docker-compose.yml as Compose reads it: YAML with its {@code <<} merges applied (SnakeYAML does them, as Compose
 * does), both spellings Compose accepts for environments, dependencies and ports, variables left as written.
 */
final class ComposeFile {

    static final String PATH = "docker-compose.yml";

    private final String text;
    private final Map<String, Object> services;

    private ComposeFile(String text, Map<String, Object> services) {
        this.text = text;
        this.services = services;
    }

    static ComposeFile load() {
        String text = Repository.read(PATH);
        Map<String, Object> document = Repository.yaml().load(text);
        return new ComposeFile(text, map(document.get("services"), "services"));
    }

    String text() {
        return text;
    }

    List<String> serviceNames() {
        return List.copyOf(services.keySet());
    }

    boolean has(String service) {
        return services.containsKey(service);
    }

    Map<String, Object> service(String name) {
        if (!services.containsKey(name)) {
            throw new AssertionError("docker-compose.yml has no service " + name + "; it has " + services.keySet());
        }
        return map(services.get(name), name);
    }

    Optional<String> image(String service) {
        return Optional.ofNullable((String) service(service).get("image"));
    }

    /** {@code environment:} as a map, from either the map or the {@code KEY=value} list form. */
    Map<String, String> environment(String service) {
        Object environment = service(service).get("environment");
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> env.put(key.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> lines) {
            for (Object line : lines) {
                String[] keyValue = line.toString().split("=", 2);
                env.put(keyValue[0], keyValue.length == 2 ? keyValue[1] : "");
            }
        }
        return env;
    }

    /** {@code healthcheck.test} as a list ({@code CMD-SHELL} strings become a two-element list). */
    Optional<List<String>> healthcheck(String service) {
        Object healthcheck = service(service).get("healthcheck");
        if (!(healthcheck instanceof Map<?, ?> settings) || Boolean.TRUE.equals(settings.get("disable"))) {
            return Optional.empty();
        }
        Object test = settings.get("test");
        if (test instanceof List<?> list) {
            return Optional.of(list.stream().map(Object::toString).toList());
        }
        return test == null ? Optional.empty() : Optional.of(List.of("CMD-SHELL", test.toString()));
    }

    /** {@code depends_on}: dependency → condition (the list form means {@code service_started}). */
    Map<String, String> dependsOn(String service) {
        Object dependsOn = service(service).get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (dependsOn instanceof List<?> names) {
            names.forEach(name -> conditions.put(name.toString(), "service_started"));
        } else if (dependsOn instanceof Map<?, ?> entries) {
            entries.forEach((name, settings) -> conditions.put(name.toString(),
                    settings instanceof Map<?, ?> s && s.get("condition") != null ? s.get("condition").toString() : "service_started"));
        }
        return conditions;
    }

    /** {@code ports:} in either syntax, variables unresolved. */
    List<PublishedPort> ports(String service) {
        Object ports = service(service).get("ports");
        List<PublishedPort> published = new ArrayList<>();
        if (ports instanceof List<?> entries) {
            for (Object entry : entries) {
                published.add(entry instanceof Map<?, ?> longSyntax ? PublishedPort.of(longSyntax) : PublishedPort.parse(entry.toString()));
            }
        }
        return published;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            throw new AssertionError("docker-compose.yml: " + what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    /** One published port: {@code [host_ip:]host_port:container_port[/protocol]}. */
    record PublishedPort(String hostIp, String hostPort, String containerPort) {

        static PublishedPort parse(String shortSyntax) {
            String withoutProtocol = shortSyntax.replaceFirst("/(tcp|udp)$", "");
            // host parts may hold ${VAR:-default}, whose ':' is not a separator: split outside ${...} only
            List<String> parts = new ArrayList<>();
            StringBuilder part = new StringBuilder();
            int depth = 0;
            for (char c : withoutProtocol.toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
                if (c == ':' && depth == 0) {
                    parts.add(part.toString());
                    part.setLength(0);
                } else {
                    part.append(c);
                }
            }
            parts.add(part.toString());
            return switch (parts.size()) {
                case 1 -> new PublishedPort("", "", parts.get(0));
                case 2 -> new PublishedPort("", parts.get(0), parts.get(1));
                case 3 -> new PublishedPort(parts.get(0), parts.get(1), parts.get(2));
                default -> throw new AssertionError("not a port mapping: " + shortSyntax);
            };
        }

        static PublishedPort of(Map<?, ?> longSyntax) {
            Object hostIp = longSyntax.get("host_ip");
            Object published = longSyntax.get("published");
            return new PublishedPort(hostIp == null ? "" : hostIp.toString(), published == null ? "" : published.toString(),
                    String.valueOf(longSyntax.get("target")));
        }
    }
}
