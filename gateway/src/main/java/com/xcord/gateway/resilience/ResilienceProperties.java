package com.xcord.gateway.resilience;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Circuit breakers (one per route) and retries.
 *
 * @param circuitBreaker when a route's circuit opens and for how long
 * @param retry          retries of idempotent GETs whose connection failed or that got 502/503
 */
@ConfigurationProperties("xcord.gateway.resilience")
public record ResilienceProperties(@DefaultValue CircuitBreaker circuitBreaker, @DefaultValue Retry retry) {

    /**
     * @param failureRateThreshold  percentage of failed calls in the window that opens the circuit
     * @param slidingWindowSize     calls in the window
     * @param minimumNumberOfCalls  calls before the rate is judged
     * @param waitInOpenState       how long an open circuit answers 503 at once before letting probes through
     * @param permittedCallsInHalfOpenState probes while half-open
     * @param slowCallThreshold     calls slower than this count as slow…
     * @param slowCallRateThreshold …and this percentage of slow calls opens the circuit too
     * @param failureStatuses       downstream statuses counted as failures
     */
    public record CircuitBreaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls,
            @DefaultValue("10s") Duration waitInOpenState,
            @DefaultValue("3") int permittedCallsInHalfOpenState,
            @DefaultValue("5s") Duration slowCallThreshold,
            @DefaultValue("100") float slowCallRateThreshold,
            @DefaultValue({"502", "503", "504"}) List<String> failureStatuses) {
    }

    /**
     * @param attempts     retries after the first attempt (GET only)
     * @param firstBackoff pause before the first retry, doubled for the next
     */
    public record Retry(@DefaultValue("2") int attempts, @DefaultValue("20ms") Duration firstBackoff) {
    }
}
