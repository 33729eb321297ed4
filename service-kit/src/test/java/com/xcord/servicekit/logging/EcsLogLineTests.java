package com.xcord.servicekit.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What docs/conventions.md "Logs" promises of a line in the chart and compose ({@code logging.structured.format.console:
 * ecs}): Spring Boot's ECS encoder writes every MDC entry, so the request id of {@link RequestIdMdcFilter} and the
 * OpenTelemetry agent's {@code trace_id}/{@code span_id} are fields of the line.
 */
class EcsLogLineTests {

    @Test
    void anEcsLineCarriesTheMdcEntries() {
        String line = ecs(Map.of(RequestIdMdcFilter.MDC_KEY, "0af7651916cd43dd",
                "trace_id", "4bf92f3577b34da6a3ce929d0e0e4736", "span_id", "00f067aa0ba902b7"));

        assertThat(line).contains("\"message\":\"login refused\"", "\"service\":{\"name\":\"auth-service\"",
                "\"request\":{\"id\":\"0af7651916cd43dd\"}",
                "\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\"", "\"span_id\":\"00f067aa0ba902b7\"");
    }

    private static String ecs(Map<String, String> mdc) {
        LoggerContext context = new LoggerContext();
        context.putObject(Environment.class.getName(), new MockEnvironment().withProperty("spring.application.name", "auth-service"));
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext(context);
        encoder.setFormat("ecs");
        encoder.start();
        LoggingEvent event = new LoggingEvent(EcsLogLineTests.class.getName(), context.getLogger("com.xcord.auth"), Level.INFO,
                "login refused", null, null);
        event.setMDCPropertyMap(mdc);
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        System.out.println(line);
        return line;
    }
}
