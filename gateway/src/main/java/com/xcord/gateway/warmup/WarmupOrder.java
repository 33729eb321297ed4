package com.xcord.gateway.warmup;

/**
 * The order of the startup warm-up steps. Each is an {@code ApplicationRunner}: runners run after the
 * server listens and before Spring Boot publishes {@code ReadinessState.ACCEPTING_TRAFFIC}, so while
 * they run, {@code /actuator/health} (and its readiness group) answers 503 OUT_OF_SERVICE and a launcher
 * or Kubernetes sends no traffic yet: readiness means the lazy work below is done.
 */
public final class WarmupOrder {

    /** auth-service's keys, so the first token is not verified behind a JWKS fetch. */
    public static final int JWKS = 0;
    /** The Redis connection and the rate-limit script. */
    public static final int REDIS = 1;
    /** Requests through the gateway's own stack: class loading, first compilations, the client pool. */
    public static final int TRAFFIC = 2;
    /** Every route's circuit breaker, created now and cleared of what the warm-up requests recorded. */
    public static final int CIRCUIT_BREAKERS = 3;

    private WarmupOrder() {
    }
}
