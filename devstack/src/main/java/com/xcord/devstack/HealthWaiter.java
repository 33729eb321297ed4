package com.xcord.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a service's {@code /actuator/health} until it answers 200 with status UP. */
final class HealthWaiter {

    enum Outcome { HEALTHY, DIED, TIMED_OUT }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Duration timeout;
    private final Duration interval;

    HealthWaiter(Duration timeout, Duration interval) {
        this.timeout = timeout;
        this.interval = interval;
    }

    static URI healthUri(int port) {
        return URI.create("http://localhost:" + port + "/actuator/health");
    }

    /** Waits until healthy, until {@code alive} turns false, or until the timeout. */
    Outcome await(URI health, BooleanSupplier alive) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!alive.getAsBoolean()) {
                return Outcome.DIED;
            }
            if (isUp(request)) {
                return Outcome.HEALTHY;
            }
            Thread.sleep(interval.toMillis());
        }
        return Outcome.TIMED_OUT;
    }

    private boolean isUp(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException notYetListening) {
            return false;
        }
    }
}
