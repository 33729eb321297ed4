package com.xcord.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import com.xcord.testkit.PrometheusScrape;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The gateway's metrics (docs/conventions.md "Metrics"): scraped on the management port only, never through the
 * public port; per-route HTTP histograms with the SLO buckets, rate-limit decisions, circuit breakers; no id in a tag.
 */
class MetricsTests extends GatewayWithWireMockTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void thePublicPortAnswersTheProbesButNeverTheMetrics() {
        assertThat(managementPort).isNotEqualTo(port);
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            client().get().uri(path).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
        }
        client().get().uri("/actuator/health/nothing").exchange().expectStatus().isNotFound();
        String token = bearer(TestKeys.token(newUserId()));
        for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/env", "/actuator")) {
            // without a token the path is not public (401); with one, no route serves it (404)
            client().get().uri(path).exchange().expectStatus().isUnauthorized();
            client().get().uri(path).header("Authorization", token).exchange().expectStatus().isNotFound()
                    .expectBody(String.class).value(body -> assertThat(body).doesNotContain("jvm_"));
        }
    }

    @Test
    void theManagementPortServesPrometheusWithTheGatewaysMetrics() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        client().get().uri("/api/v1/feed").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange().expectStatus().isOk();

        PrometheusScrape scrape = scrape();
        assertThat(scrape.samples()).allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("application", "gateway"));
        assertThat(scrape.find("http_server_requests_seconds_bucket", "uri", "feed", "status", "200"))
                .extracting(sample -> sample.labels().get("le"))
                .contains("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "+Inf");
        assertThat(scrape.value("xcord_gateway_rate_limit_decisions_total", "route", "feed", "outcome", "allowed"))
                .isGreaterThanOrEqualTo(1);
        assertThat(scrape.find("resilience4j_circuitbreaker_state", "name", "feed", "state", "closed"))
                .extracting(PrometheusScrape.Sample::value).containsExactly(1.0);
        assertThat(scrape.has("xcord_jwks_fetch_failures_total")).isTrue();
        assertThat(scrape.has("xcord_session_revocations_known")).isTrue();
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
    }

    @Test
    void theHealthProbesAreRecordedUnderTheirOwnPathNotAsUnroutedRequests() {
        client().get().uri("/actuator/health/readiness").exchange();
        client().get().uri("/no/such/route").exchange();

        PrometheusScrape scrape = scrape();
        // dashboards and alerts leave /actuator/** out of error ratios: a 503 while warming up is nobody's request
        assertThat(scrape.find("http_server_requests_seconds_count", "uri", "/actuator/health/readiness")).isNotEmpty();
        assertThat(scrape.find("http_server_requests_seconds_count", "uri", "none")).isNotEmpty();
    }

    @Test
    void afterTrafficWithManyIdsNoTagLooksLikeAnIdOrAToken() {
        downstream.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        for (int i = 0; i < 20; i++) {
            String token = bearer(TestKeys.token(newUserId()));
            client().get().uri("/api/v1/servers/" + (1_000_000_000L + i) + "/channels").header("Authorization", token)
                    .exchange();
            client().get().uri("/api/v1/users/" + (2_000_000_000L + i) + "/posts").header("Authorization", token)
                    .exchange();
            client().get().uri("/api/v1/nothing/" + UUID.randomUUID()).header("Authorization", token).exchange();
            client().get().uri("/api/v1/posts/" + i).header("Authorization", "Bearer forged-" + UUID.randomUUID())
                    .exchange();
        }
        // Kafka's per-broker metrics (the revocation feed's consumer) name the broker's node id: bounded
        assertThat(scrape().unboundedLabels("node_id")).isEmpty();
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of("http://localhost:" + managementPort + "/actuator/prometheus");
    }
}
