package com.xcord.realtime.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.edge.test.RawHttp;
import com.xcord.realtime.RealtimeTestBase;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * realtime-service's answers to plain HTTP (anything but a WebSocket) are problem+json like every service's, also the
 * ones Reactor Netty gives before WebFlux runs (issue 12, finding 6).
 */
class PlainHttpProblemsTests extends RealtimeTestBase {

    @Test
    void anUnknownPathIs404() {
        RawHttp.get(port, "/api/v1/nothing-here").assertProblem(404);
    }

    @Test
    void aWrongMethodOnTheSocketPathIsAProblem() {
        RawHttp.Response response = RawHttp.send(port, ("POST /ws HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        response.assertProblem(response.status());
        assertThat(response.status()).isBetween(400, 499);
    }

    @Test
    void aRefusedOriginIs403() {
        RawHttp.get(port, "/ws", "Origin: https://evil.example", "Upgrade: websocket",
                "Connection: Upgrade", "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==", "Sec-WebSocket-Version: 13").assertProblem(403);
    }

    @Test
    void aUrlOver4KilobytesIs414() {
        RawHttp.get(port, "/ws?q=" + "a".repeat(20 * 1024)).assertProblem(414);
    }

    @Test
    void aHeaderOver8KilobytesIs431() {
        RawHttp.get(port, "/ws", "X-Big: " + "a".repeat(9 * 1024)).assertProblem(431);
    }

    @Test
    void aUriJavaCannotParseIs400() {
        RawHttp.get(port, "/api/v1/a|b").assertProblem(400);
    }
}
