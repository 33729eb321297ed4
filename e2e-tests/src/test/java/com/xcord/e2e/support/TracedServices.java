package com.xcord.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fleet's processes on a channel message's path — the gateway, server-service and realtime replica 1 (where the
 * gateway's {@code /ws} goes) — run with the OpenTelemetry Java agent (the images' version, copied from Maven Central
 * into {@code target/otel/} by the build), so that {@code TracesEndToEndTests} can follow one message from the POST to
 * the socket. The others stay without it: the agent slows a JVM's start, and a comparison (realtime-1 with, realtime-2
 * without) stays in every run's logs. For the same reason only the instrumentations a message's path needs are on
 * (the images run all of them): matching every loaded class against the agent's ~250 instrumentations doubled the
 * traced services' start on a loaded 2-core machine, and the fleet waits for its slowest process.
 *
 * <p>Spans are written to the process's log by the agent's {@code logging-otlp} exporter (OTLP JSON, one line per
 * batch, parent ids included). Replica 1 also logs as under the chart and compose — ECS JSON with the agent's MDC keys
 * renamed to {@code trace.id}/{@code span.id} — with its DISPATCH line at DEBUG, so the test reads the trace id off a
 * real log line.
 */
public final class TracedServices {

    public static final Path AGENT = Path.of("target", "otel", "opentelemetry-javaagent.jar").toAbsolutePath();
    private static final Set<String> TRACED = Set.of("gateway", "server-service", "realtime-1");
    /** The replica that logs ECS JSON with the DISPATCH line at DEBUG. */
    public static final String REALTIME = "realtime-1";
    /**
     * A message's path: the bridge of the API our code calls (the outbox, realtime's span attributes), the servers
     * and clients of both stacks, Reactor's context hand-offs, Kafka's clients, and the MDC of Logback.
     */
    private static final List<String> INSTRUMENTATIONS = List.of("OPENTELEMETRY_API", "OPENTELEMETRY_INSTRUMENTATION_API",
            "EXECUTORS", "NETTY", "REACTOR", "REACTOR_NETTY", "SPRING_WEBFLUX", "SPRING_CLOUD_GATEWAY", "TOMCAT", "SERVLET",
            "SPRING_WEB", "SPRING_WEBMVC", "KAFKA", "SPRING_KAFKA", "LOGBACK_MDC");

    private TracedServices() {
    }

    /** {@code environment} plus, for a traced process, the agent and its settings. */
    static Map<String, String> environment(String name, Map<String, String> environment) {
        if (!TRACED.contains(name)) {
            return environment;
        }
        if (!Files.isRegularFile(AGENT)) {
            throw new IllegalStateException(AGENT + " is missing: run the tests through Maven (./mvnw verify or "
                    + "./mvnw -pl e2e-tests -am verify), which copies the OpenTelemetry Java agent there");
        }
        Map<String, String> env = new LinkedHashMap<>(environment);
        env.put("JAVA_TOOL_OPTIONS", "-javaagent:" + AGENT);
        env.put("OTEL_SERVICE_NAME", name);
        env.put("OTEL_TRACES_EXPORTER", "logging-otlp");
        env.put("OTEL_METRICS_EXPORTER", "none");
        env.put("OTEL_LOGS_EXPORTER", "none");
        env.put("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false");
        for (String instrumentation : INSTRUMENTATIONS) {
            env.put("OTEL_INSTRUMENTATION_" + instrumentation + "_ENABLED", "true");
        }
        // spans reach the log within a fraction of a second instead of the default 5 s
        env.put("OTEL_BSP_SCHEDULE_DELAY", "200");
        // as the chart and compose set them: ECS's field names for the agent's MDC entries
        env.put("OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID", "trace.id");
        env.put("OTEL_INSTRUMENTATION_COMMON_LOGGING_SPAN_ID", "span.id");
        if (name.equals(REALTIME)) {
            env.put("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
            env.put("LOGGING_LEVEL_COM_XCORD_REALTIME_DISPATCH", "DEBUG");
        }
        return env;
    }
}
