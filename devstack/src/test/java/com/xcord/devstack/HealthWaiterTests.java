package com.xcord.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthWaiterTests {

    private final AtomicInteger calls = new AtomicInteger();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void waitsUntilTheServiceSaysUp() throws Exception {
        URI health = serve(3);
        HealthWaiter.Outcome outcome = new HealthWaiter(Duration.ofSeconds(5), Duration.ofMillis(10)).await(health, () -> true);
        assertThat(outcome).isEqualTo(HealthWaiter.Outcome.HEALTHY);
        assertThat(calls).hasValue(4);
    }

    @Test
    void givesUpAfterTheTimeout() throws Exception {
        URI health = serve(Integer.MAX_VALUE);
        assertThat(new HealthWaiter(Duration.ofMillis(200), Duration.ofMillis(10)).await(health, () -> true))
                .isEqualTo(HealthWaiter.Outcome.TIMED_OUT);
    }

    @Test
    void stopsWaitingWhenTheProcessDied() throws Exception {
        URI nobodyListens = URI.create("http://localhost:1/actuator/health");
        assertThat(new HealthWaiter(Duration.ofSeconds(30), Duration.ofMillis(10)).await(nobodyListens, () -> false))
                .isEqualTo(HealthWaiter.Outcome.DIED);
    }

    /** Answers 503 DOWN {@code downCalls} times, then 200 UP. */
    private URI serve(int downCalls) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/actuator/health", exchange -> {
            boolean up = calls.incrementAndGet() > downCalls;
            byte[] body = (up ? "{\"status\":\"UP\",\"groups\":[\"liveness\"]}" : "{\"status\":\"DOWN\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up ? 200 : 503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("http://localhost:" + server.getAddress().getPort() + "/actuator/health");
    }
}
