package com.xcord.deploy.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.deploy.guard.DeployableModules;
import org.junit.jupiter.api.Test;

/** Every service under compose logs ECS JSON lines with ECS's trace.id / span.id (docs/conventions.md "Logs"). */
class ComposeLogsTests {

    private final ComposeFile compose = ComposeFile.load();

    @Test
    void everyServiceLogsEcsJson() {
        for (String module : DeployableModules.find()) {
            assertThat(compose.environment(module)).as("environment of %s", module)
                    .containsEntry("LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs")
                    .containsEntry("OTEL_INSTRUMENTATION_COMMON_LOGGING_TRACE_ID", "trace.id")
                    .containsEntry("OTEL_INSTRUMENTATION_COMMON_LOGGING_SPAN_ID", "span.id");
        }
    }
}
