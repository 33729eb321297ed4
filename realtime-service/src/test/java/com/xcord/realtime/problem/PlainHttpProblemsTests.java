package com.xcord.realtime.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.edge.test.RawHttp;
import com.xcord.realtime.RealtimeTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * realtime-service's answers to plain HTTP (anything but a WebSocket) are problem+json like every service's, also the
 * ones Reactor Netty gives before WebFlux runs (issue 12, finding 6).
 */
class PlainHttpProblemsTests extends RealtimeTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).as("Content-Type").isNotNull();
        assertThat(MediaType.parseMediaType(response.contentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("Content-Type %s", response.contentType()).isTrue();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString("")).isNotBlank();
        assertThat(problem.path("type").asString("")).startsWith("https://xcord.local/problems/");
        assertThat(problem.path("detail").asString("")).isNotBlank();
    }

    @Test
    void anUnknownPathIs404() {
        assertProblem(RawHttp.get(port, "/api/v1/nothing-here"), 404);
    }

    @Test
    void aWrongMethodOnTheSocketPathIsAProblem() {
        RawHttp.Response response = RawHttp.send(port, ("POST /ws HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertProblem(response, response.status());
        assertThat(response.status()).isBetween(400, 499);
    }

    @Test
    void aRefusedOriginIs403() {
        assertProblem(RawHttp.get(port, "/ws", "Origin: https://evil.example", "Upgrade: websocket",
                "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13"), 403);
    }

    @Test
    void aUrlOver4KilobytesIs414() {
        assertProblem(RawHttp.get(port, "/ws?q=" + "a".repeat(20 * 1024)), 414);
    }

    @Test
    void aHeaderOver8KilobytesIs431() {
        assertProblem(RawHttp.get(port, "/ws", "X-Big: " + "a".repeat(9 * 1024)), 431);
    }

    @Test
    void aUriJavaCannotParseIs400() {
        assertProblem(RawHttp.get(port, "/api/v1/a|b"), 400);
    }
}
