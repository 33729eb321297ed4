package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xcord.devstack.ServiceCatalog.BuiltService;
import com.xcord.devstack.Traces.Exporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TracesTests {

    private static final Path REALTIME_JAR = Path.of("realtime-service/target/realtime-service.jar");

    @Nested
    class Request {

        @Test
        void offUnlessAsked() {
            assertThat(Traces.request(List.of("--only", "gateway"), Map.of()).exporter()).isEmpty();
            assertThat(Traces.request(List.of(), Map.of("XCORD_TRACES", "off")).exporter()).isEmpty();
            assertThat(Traces.request(List.of(), Map.of("XCORD_TRACES", " ")).exporter()).isEmpty();
        }

        @Test
        void theOptionLogsSpansUnlessAnOtlpEndpointIsSet() {
            assertThat(Traces.request(List.of("--traces"), Map.of()).exporter()).contains(Exporter.LOGGING);
            assertThat(Traces.request(List.of("--traces"), Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318"))
                    .exporter()).contains(Exporter.OTLP);
            assertThat(Traces.request(List.of("--traces=otlp"), Map.of()).exporter()).contains(Exporter.OTLP);
            assertThat(Traces.request(List.of("--traces=logging"), Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://c:4318"))
                    .exporter()).contains(Exporter.LOGGING);
        }

        @Test
        void theOptionBeatsTheEnvironmentAndLeavesTheOtherOptionsToUpOptions() {
            Traces.Request request = Traces.request(List.of("--only", "gateway,realtime-service", "--traces=logging",
                    "--realtime-replicas=2"), Map.of("XCORD_TRACES", "otlp"));
            assertThat(request.exporter()).contains(Exporter.LOGGING);
            assertThat(request.otherArgs()).containsExactly("--only", "gateway,realtime-service", "--realtime-replicas=2");
            UpOptions options = UpOptions.parse(request.otherArgs(), Optional.empty());
            assertThat(options.realtimeReplicas()).isEqualTo(2);
            assertThat(Traces.request(List.of(), Map.of("XCORD_TRACES", "OTLP")).exporter()).contains(Exporter.OTLP);
        }

        @Test
        void anUnknownExporterIsRefusedByName() {
            assertThatThrownBy(() -> Traces.request(List.of("--traces=jaeger"), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("--traces must be logging or otlp, not jaeger");
            assertThatThrownBy(() -> Traces.request(List.of(), Map.of("XCORD_TRACES", "yes")))
                    .hasMessage("XCORD_TRACES must be logging or otlp, not yes");
        }
    }

    @Nested
    class Attached {

        @TempDir
        Path root;

        @Test
        void withoutTheAgentJarTheLauncherSaysHowToGetIt() {
            assertThatThrownBy(() -> Traces.of(Traces.request(List.of("--traces"), Map.of()), root))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("./xcord build");
            assertThat(Traces.of(Traces.request(List.of(), Map.of()), root)).isEmpty();
        }

        @Test
        void everyServiceGetsTheAgentItsModuleAsServiceNameAndEcsNamesForTheLogFields() throws IOException {
            Traces traces = traces("--traces");
            assertThat(traces.jvmOptions(List.of("-Xmx256m"))).containsExactly("-Xmx256m",
                    "-javaagent:" + root.resolve(Traces.AGENT).toAbsolutePath());

            BuiltService replica = new BuiltService(ServiceCatalog.realtimeReplica(2), REALTIME_JAR);
            Map<String, String> env = traces.environment(replica, Map.of("SERVER_PORT", "8095"));
            assertThat(env).containsEntry("SERVER_PORT", "8095")
                    .containsEntry("OTEL_SERVICE_NAME", "realtime-service")
                    .containsEntry("OTEL_RESOURCE_ATTRIBUTES", "service.instance.id=realtime-service-2")
                    .containsEntry("OTEL_TRACES_EXPORTER", "logging")
                    .containsEntry("OTEL_METRICS_EXPORTER", "none")
                    .containsEntry("OTEL_LOGS_EXPORTER", "none")
                    .containsEntry("OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID_KEY", "trace.id")
                    .containsEntry("OTEL_INSTRUMENTATION_COMMON_LOGGING_SPAN_ID_KEY", "span.id")
                    .containsEntry("LOGGING_PATTERN_CORRELATION", "[%X{trace.id:-},%X{span.id:-}] ");
            assertThat(traces.describe(Map.of())).contains("printed");
        }

        @Test
        void otlpSendsToTheEndpointTheServicesInherit() throws IOException {
            Traces traces = traces("--traces=otlp");
            BuiltService gateway = new BuiltService(ServiceCatalog.find("gateway").orElseThrow(),
                    Path.of("gateway/target/gateway.jar"));
            assertThat(traces.environment(gateway, Map.of())).containsEntry("OTEL_TRACES_EXPORTER", "otlp")
                    .containsEntry("OTEL_SERVICE_NAME", "gateway").doesNotContainKey("OTEL_EXPORTER_OTLP_ENDPOINT");
            assertThat(traces.describe(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318")))
                    .contains("OTLP to http://collector:4318");
            assertThat(traces.describe(Map.of())).contains("http://localhost:4318");
        }

        private Traces traces(String option) throws IOException {
            Path agent = root.resolve(Traces.AGENT);
            Files.createDirectories(agent.getParent());
            Files.writeString(agent, "not a real agent");
            return Traces.of(Traces.request(List.of(option), Map.of()), root).orElseThrow();
        }
    }
}
