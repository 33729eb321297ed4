package com.xcord.deploy.helm;

import com.xcord.deploy.helm.FleetValues.Service;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service the chart runs logs ECS JSON lines (docs/conventions.md "Logs"), with the OpenTelemetry agent's trace
 * and span ids under ECS's names — set once, so a service's own env cannot silently end up with two values.
 */
class StructuredLogsTests {

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("com.xcord.deploy.helm.RenderedFleetTests#services")
    void everyDeploymentLogsEcsJson(String file, Path values, String shortName) {
        Service service = FleetValues.services(values).get(shortName);
        Container container = RenderedFleetTests.onlyContainer(Chart.render(values).get(Deployment.class, service.module()));

        assertThat(container.getEnv())
                .filteredOn(v -> v.getName().startsWith("LOGGING_STRUCTURED_") || v.getName().startsWith("OTEL_INSTRUMENTATION_COMMON_LOGGING_"))
                .extracting(EnvVar::getName, EnvVar::getValue)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs"),
                        Tuple.tuple("OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID", "trace.id"),
                        Tuple.tuple("OTEL_INSTRUMENTATION_COMMON_LOGGING_SPAN_ID", "span.id"));
    }
}
