package com.xcord.e2e.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What a traced fleet process wrote to its log ({@code target/fleet/<name>.log}): the spans its OpenTelemetry agent
 * exported with the {@code logging-otlp} exporter (the agent's own log line
 * {@code [otel.javaagent …] INFO …OtlpJsonLoggingSpanExporter - {"resource": …, "scopeSpans": […]}}: one OTLP JSON
 * {@code ResourceSpans} a line, parent ids included) and its ECS JSON log lines.
 */
final class SpanLog {

    /** OTLP's span kinds, as the JSON encoding numbers them. */
    enum Kind { UNSPECIFIED, INTERNAL, SERVER, CLIENT, PRODUCER, CONSUMER }

    record Span(String service, String traceId, String spanId, String parentSpanId, String name, Kind kind, String scope,
            Map<String, String> attributes) {

        String attribute(String key) {
            return attributes.get(key);
        }

        @Override
        public String toString() {
            return service + " " + kind + " '" + name + "' " + traceId + "/" + spanId + " parent " + parentSpanId
                    + " [" + scope + "] " + attributes;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EXPORTED = "OtlpJsonLoggingSpanExporter - ";

    private final String service;
    private final List<Span> spans = new ArrayList<>();
    private final List<JsonNode> ecsLines = new ArrayList<>();

    private SpanLog(String service) {
        this.service = service;
    }

    /** The log of fleet process {@code name} as it is now. */
    static SpanLog read(String name) {
        SpanLog log = new SpanLog(name);
        try {
            for (String line : Files.readAllLines(Path.of("target", "fleet", name + ".log"), StandardCharsets.UTF_8)) {
                log.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return log;
    }

    List<Span> spans(Predicate<Span> filter) {
        return spans.stream().filter(filter).toList();
    }

    Optional<Span> first(Predicate<Span> filter) {
        return spans.stream().filter(filter).findFirst();
    }

    List<Span> trace(String traceId) {
        return spans(s -> s.traceId().equals(traceId));
    }

    /** The ECS lines (structured logging) that pass {@code filter}. */
    List<JsonNode> ecsLines(Predicate<JsonNode> filter) {
        return ecsLines.stream().filter(filter).toList();
    }

    /** Whether {@code span} is {@code ancestorId} or lies under it, following parents among this log's spans. */
    boolean descendsFrom(Span span, String ancestorId) {
        Map<String, Span> byId = new LinkedHashMap<>();
        trace(span.traceId()).forEach(s -> byId.put(s.spanId(), s));
        for (Span at = span; at != null; at = byId.get(at.parentSpanId())) {
            if (at.spanId().equals(ancestorId) || ancestorId.equals(at.parentSpanId())) {
                return true;
            }
        }
        return false;
    }

    private void add(String line) {
        String text = line;
        if (line.startsWith("{")) {
            JsonNode ecs = parse(line);
            if (ecs != null && ecs.has("message")) {
                ecsLines.add(ecs);
                text = ecs.path("message").asString();
            }
        }
        int exported = text.indexOf(EXPORTED);
        if (exported >= 0) {
            JsonNode resourceSpans = parse(text.substring(exported + EXPORTED.length()));
            if (resourceSpans != null) {
                addResourceSpans(resourceSpans);
            }
        }
    }

    private void addResourceSpans(JsonNode resource) {
        for (JsonNode scope : resource.path("scopeSpans")) {
            String scopeName = scope.path("scope").path("name").asString();
            for (JsonNode span : scope.path("spans")) {
                spans.add(new Span(service, span.path("traceId").asString(), span.path("spanId").asString(),
                        span.path("parentSpanId").asString(""), span.path("name").asString(),
                        Kind.values()[span.path("kind").asInt(0)], scopeName, attributes(span.path("attributes"))));
            }
        }
    }

    /** OTLP's typed attribute values ({@code {"stringValue": …}}, {@code {"intValue": "7"}}, …) as text. */
    private static Map<String, String> attributes(JsonNode list) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (JsonNode attribute : list) {
            JsonNode value = attribute.path("value");
            String text = value.properties().stream().findFirst().map(e -> e.getValue().asString()).orElse("");
            attributes.put(attribute.path("key").asString(), text);
        }
        return attributes;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
