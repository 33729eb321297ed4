package com.xcord.devstack;

import com.xcord.devstack.ServiceCatalog.BuiltService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./xcord up --traces[=logging|otlp]} (or {@code XCORD_TRACES=logging|otlp}): every service runs with the
 * OpenTelemetry Java agent — the version the images carry, copied from Maven Central into
 * {@code devstack/target/otel/} when devstack is built — so one trace follows a request through the gateway, the
 * service, Kafka (the outbox keeps the request's context) and realtime's DISPATCH. {@code logging} (the default) prints
 * each span in the service's output; {@code otlp} sends them to {@code OTEL_EXPORTER_OTLP_ENDPOINT} (a collector or
 * Jaeger; the agent's default is {@code http://localhost:4318}). {@code --traces} alone means {@code otlp} when that
 * endpoint is set, {@code logging} otherwise. The agent's other OTEL_* settings reach the services from the launcher's
 * environment as they are. Log lines then carry {@code trace.id} / {@code span.id} (in the text format's correlation
 * field, and as fields of ECS JSON).
 */
final class Traces {

    static final String OPTION = "--traces";
    static final String ENVIRONMENT = "XCORD_TRACES";
    static final String OTLP_ENDPOINT = "OTEL_EXPORTER_OTLP_ENDPOINT";
    /** Where devstack's build (its pom) copies the agent, relative to the repository root. */
    static final Path AGENT = Path.of("devstack", "target", "otel", "opentelemetry-javaagent.jar");

    enum Exporter {
        LOGGING, OTLP;

        static Exporter of(String value, String source) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " must be logging or otlp, not " + value);
            }
        }
    }

    /** {@code up}'s arguments without the traces option, and what it (or the environment) asked for. */
    record Request(List<String> otherArgs, Optional<Exporter> exporter) {
    }

    private final Exporter exporter;
    private final Path agent;

    private Traces(Exporter exporter, Path agent) {
        this.exporter = exporter;
        this.agent = agent;
    }

    /**
     * Takes {@code --traces} / {@code --traces=<exporter>} out of {@code args}; without it, {@code XCORD_TRACES} decides
     * ({@code off}, {@code none} or empty: no traces).
     */
    static Request request(List<String> args, Map<String, String> environment) {
        List<String> others = new ArrayList<>();
        Optional<Exporter> exporter = Optional.empty();
        for (String arg : args) {
            if (arg.equals(OPTION)) {
                exporter = Optional.of(isSet(environment.get(OTLP_ENDPOINT)) ? Exporter.OTLP : Exporter.LOGGING);
            } else if (arg.startsWith(OPTION + "=")) {
                exporter = Optional.of(Exporter.of(arg.substring(OPTION.length() + 1), OPTION));
            } else {
                others.add(arg);
            }
        }
        if (exporter.isEmpty()) {
            String wanted = environment.get(ENVIRONMENT);
            if (isSet(wanted) && !wanted.trim().equalsIgnoreCase("off") && !wanted.trim().equalsIgnoreCase("none")) {
                exporter = Optional.of(Exporter.of(wanted, ENVIRONMENT));
            }
        }
        return new Request(others, exporter);
    }

    /** The traces {@code request} asked for, with the agent of the checkout at {@code root}; empty when none. */
    static Optional<Traces> of(Request request, Path root) {
        if (request.exporter().isEmpty()) {
            return Optional.empty();
        }
        Path agent = root.resolve(AGENT);
        if (!Files.isRegularFile(agent)) {
            throw new IllegalArgumentException("traces need the OpenTelemetry Java agent at " + agent
                    + ", which building devstack copies there: run ./xcord build (or ./mvnw -pl devstack package)");
        }
        return Optional.of(new Traces(request.exporter().get(), agent));
    }

    List<String> jvmOptions(List<String> options) {
        List<String> withAgent = new ArrayList<>(options);
        withAgent.add("-javaagent:" + agent.toAbsolutePath());
        return withAgent;
    }

    /** The agent's settings for {@code service}: its name is the module's, a replica's own name its instance id. */
    Map<String, String> environment(BuiltService service, Map<String, String> environment) {
        Map<String, String> env = new LinkedHashMap<>(environment);
        String module = service.jar().getFileName().toString().replaceFirst("\\.jar$", "");
        env.put("OTEL_SERVICE_NAME", module);
        env.put("OTEL_RESOURCE_ATTRIBUTES", "service.instance.id=" + service.name());
        env.put("OTEL_TRACES_EXPORTER", exporter == Exporter.OTLP ? "otlp" : "logging");
        // the services' metrics are Prometheus' (/actuator/prometheus); the logs stay on the console
        env.put("OTEL_METRICS_EXPORTER", "none");
        env.put("OTEL_LOGS_EXPORTER", "none");
        // ECS's names for the agent's MDC entries (ECS JSON writes every MDC entry); the text format shows them too
        env.put("OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID_KEY", "trace.id");
        env.put("OTEL_INSTRUMENTATION_COMMON_LOGGING_SPAN_ID_KEY", "span.id");
        env.put("LOGGING_PATTERN_CORRELATION", "[%X{trace.id:-},%X{span.id:-}] ");
        return env;
    }

    /** What the banner says about traces. */
    String describe(Map<String, String> environment) {
        return exporter == Exporter.OTLP
                ? "traces: OpenTelemetry agent, OTLP to " + Optional.ofNullable(environment.get(OTLP_ENDPOINT))
                        .filter(Traces::isSet).orElse("http://localhost:4318 (the agent's default)")
                : "traces: OpenTelemetry agent, each span printed in its service's output (--traces=otlp to send them)";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
