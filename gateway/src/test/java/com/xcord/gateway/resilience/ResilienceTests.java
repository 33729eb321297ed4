package com.xcord.gateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.xcord.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.gateway.routing.RouteTable;
import com.xcord.gateway.support.GatewayWithWireMockTest;
import com.xcord.gateway.support.TestKeys;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;

class ResilienceTests extends GatewayWithWireMockTest {

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory circuitBreakers;

    @Test
    void everyApiRouteHasItsCircuitBreakerFromTheStartWithNothingRecorded() {
        var registry = circuitBreakers.getCircuitBreakerRegistry();
        List<String> apiRoutes = RouteTable.ROUTES.stream().filter(r -> r.kind() == RouteTable.Kind.API)
                .map(RouteTable.RouteSpec::id).toList();

        assertThat(registry.getAllCircuitBreakers().stream().map(CircuitBreaker::getName)).containsAll(apiRoutes);
        // no test in this context registers: its breaker exists, created without recording a call
        CircuitBreaker register = registry.circuitBreaker("auth-register");
        assertThat(register.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(register.getMetrics().getNumberOfBufferedCalls()).isZero();
    }

    @Test
    void aServiceThatHangsIsA504AfterItsResponseTimeout() {
        downstream.stubFor(get(urlPathEqualTo("/api/v1/servers")).willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));

        long started = System.nanoTime();
        assertProblem(client().get().uri("/api/v1/servers").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange(), 504);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // the response timeout, not the 5 s the service would take, and no retry of the timed-out GET
        assertThat(took).isGreaterThanOrEqualTo(SERVER_RESPONSE_TIMEOUT).isLessThan(SERVER_RESPONSE_TIMEOUT.plusSeconds(2));
        downstream.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/servers")));
    }

    @Test
    void aServiceThatIsDownIsA503Quickly() {
        long started = System.nanoTime();
        assertProblem(client().get().uri("/api/v1/live/streams").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange(), 503);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void theCircuitOpensAfterFailuresAndThenAnswers503WithoutCallingTheService() {
        downstream.stubFor(post(urlPathEqualTo("/api/v1/notifications/read-all")).willReturn(aResponse().withStatus(503)));
        String token = TestKeys.token(newUserId());

        for (int i = 0; i < 4; i++) {
            assertProblem(client().post().uri("/api/v1/notifications/read-all").header("Authorization", bearer(token)).exchange(), 503);
        }
        downstream.verify(4, postRequestedFor(urlPathEqualTo("/api/v1/notifications/read-all")));

        assertProblem(client().post().uri("/api/v1/notifications/read-all").header("Authorization", bearer(token)).exchange(), 503);
        downstream.verify(4, postRequestedFor(urlPathEqualTo("/api/v1/notifications/read-all")));
    }

    @Test
    void aGetIsRetriedWhenTheServiceIsBrieflyUnavailable() {
        downstream.stubFor(get(urlPathEqualTo("/api/v1/search/entities")).inScenario("flaky").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        downstream.stubFor(get(urlPathEqualTo("/api/v1/search/entities")).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));

        client().get().uri("/api/v1/search/entities?q=x").header("Authorization", bearer(TestKeys.token(newUserId())))
                .exchange().expectStatus().isOk().expectBody().json("{\"items\":[]}");
        downstream.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/search/entities")));
    }

    @Test
    void aPostIsNeverRetried() {
        downstream.stubFor(post(urlPathEqualTo("/api/v1/search/entities")).inScenario("flaky-post").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
        downstream.stubFor(post(urlPathEqualTo("/api/v1/search/entities")).inScenario("flaky-post").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201)));

        assertProblem(client().post().uri("/api/v1/search/entities").header("Authorization", bearer(TestKeys.token(newUserId())))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange(), 503);
        downstream.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/search/entities")));
    }
}
