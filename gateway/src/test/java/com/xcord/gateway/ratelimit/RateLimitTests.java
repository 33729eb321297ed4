package com.xcord.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.xcord.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import com.xcord.testkit.RedisServer;
import com.xcord.testkit.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RateLimitTests extends GatewayWithWireMockTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    RedisTokenBucket bucket;

    @Test
    void theRedisConnectionWasOpenedAtStartupNotByTheFirstRequest() {
        // opening it on a request blocked an event loop, and every other one behind Spring Data Redis's lock
        assertThat(bucket.isConnected()).isTrue();
    }

    @Test
    void underTheLimitTheHeadersSayWhatIsLeft() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String token = TestKeys.token(newUserId());

        client().get().uri("/api/v1/dm/conversations").header("Authorization", bearer(token)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Limit", "3")
                .expectHeader().valueEquals("RateLimit-Remaining", "2")
                .expectHeader().value("RateLimit-Reset", reset -> assertThat(Long.parseLong(reset)).isBetween(1L, 60L));
    }

    @Test
    void overTheLimitIs429WithRetryAfterAndTheServiceIsNotCalled() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String token = TestKeys.token(newUserId());
        for (int i = 0; i < 3; i++) {
            client().get().uri("/api/v1/dm/unread").header("Authorization", bearer(token)).exchange().expectStatus().isOk();
        }

        var response = client().get().uri("/api/v1/dm/unread").header("Authorization", bearer(token)).exchange();
        response.expectHeader().valueEquals("RateLimit-Limit", "3")
                .expectHeader().valueEquals("RateLimit-Remaining", "0")
                .expectHeader().value("Retry-After", after -> assertThat(Long.parseLong(after)).isBetween(1L, 60L))
                .expectHeader().exists("RateLimit-Reset");
        assertProblem(response, 429);
        downstream.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(anyUrl()));

        // another user has a bucket of their own
        client().get().uri("/api/v1/dm/unread").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange().expectStatus().isOk();
    }

    @Test
    void whenRedisIsDownRequestsAreStillServed() {
        RedisServer redis = TestInfrastructure.shared().redis().controllable().orElse(null);
        assumeTrue(redis != null, "needs the embedded Redis, which can be stopped");
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        double failOpenBefore = failOpenCount();
        try {
            redis.stop();
            String token = TestKeys.token(newUserId());
            for (int i = 0; i < 5; i++) {
                // more than dm's limit of 3: nothing is limited while Redis is away
                client().get().uri("/api/v1/dm/unread").header("Authorization", bearer(token)).exchange()
                        .expectStatus().isOk();
            }
            assertThat(failOpenCount()).isGreaterThanOrEqualTo(failOpenBefore + 5);
        } finally {
            redis.restart();
            // Lettuce reconnects by itself; until then (and for the back-off after a failure) limits are off
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    client().get().uri("/api/v1/dm/unread").header("Authorization", bearer(TestKeys.token(newUserId())))
                            .exchange().expectHeader().exists("RateLimit-Limit"));
        }
    }

    @Test
    void everyDecisionIsCountedByRouteAndOutcome() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        double allowedBefore = decisions("allowed");
        double limitedBefore = decisions("limited");
        String token = TestKeys.token(newUserId());
        for (int i = 0; i < 4; i++) {
            client().get().uri("/api/v1/dm/unread").header("Authorization", bearer(token)).exchange();
        }
        // dm allows 3 a minute: three allowed, the fourth limited
        assertThat(decisions("allowed")).isEqualTo(allowedBefore + 3);
        assertThat(decisions("limited")).isEqualTo(limitedBefore + 1);
    }

    private double failOpenCount() {
        return meters.find("xcord.gateway.rate.limit.decisions").tag("outcome", "fail_open").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }

    private double decisions(String outcome) {
        var counter = meters.find("xcord.gateway.rate.limit.decisions").tags("route", "dm", "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }
}
