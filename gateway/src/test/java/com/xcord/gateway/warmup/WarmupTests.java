package com.xcord.gateway.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.reactiveauth.JwksCache;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the gateway did before it reported ready (the other warm-up steps are checked with their features:
 * Redis in RateLimitTests, circuit breakers in ResilienceTests).
 */
class WarmupTests extends GatewayWithWireMockTest {

    @Autowired
    TrafficWarmup traffic;

    @Autowired
    JwksCache jwks;

    @Test
    void theKeysWereLoadedBeforeTheFirstRequest() {
        assertThat(jwks.hasKeys()).isTrue();
    }

    @Test
    void requestsWentThroughTheWholeProxyPathAndTheTokenChecksBeforeReadiness() {
        // every JWKS request was routed and answered by the downstream; every forged token was refused
        assertThat(traffic.outcomes()).containsOnlyKeys("/api/v1/auth/jwks 200", "/api/v1/me 401");
        assertThat(traffic.outcomes().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(200);
    }

    @Test
    void theGatewayReportsReadyAfterwards() {
        client().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }
}
