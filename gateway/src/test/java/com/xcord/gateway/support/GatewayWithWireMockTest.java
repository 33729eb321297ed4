package com.xcord.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.xcord.gateway.GatewayApplication;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway with WireMock as every downstream service and as the JWKS (signed by {@link TestKeys#TRUSTED}),
 * live-service down (a closed port), the real Redis of the testkit, and thresholds small enough to
 * test: server-service times out after 1 s, a circuit opens after 4 calls, dm allows 3 calls a minute.
 * All test classes extending this share one application context.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayWithWireMockTest {

    public static final String JWKS_PATH = "/api/v1/auth/jwks";
    public static final Duration SERVER_RESPONSE_TIMEOUT = Duration.ofSeconds(1);
    public static final int CLOSED_PORT = Downstream.closedPort();
    private static final AtomicLong USER_IDS = new AtomicLong(System.currentTimeMillis());

    @LocalServerPort
    protected int port;

    protected final WireMockServer downstream = Downstream.shared();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        stubJwks(Downstream.shared(), TestKeys.jwks(TestKeys.TRUSTED));
        registry.add("xcord.security.jwks-uri", () -> Downstream.url() + JWKS_PATH);
        registry.add("xcord.security.jwks-refetch-interval", () -> "200ms");
        for (String service : new String[] {"auth", "feed", "dm", "server", "realtime", "notification", "search", "media"}) {
            registry.add("xcord.gateway.services." + service + ".uri", Downstream::url);
        }
        registry.add("xcord.gateway.services.live.uri", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("xcord.gateway.services.server.response-timeout", () -> SERVER_RESPONSE_TIMEOUT.toMillis() + "ms");
        registry.add("xcord.gateway.resilience.circuit-breaker.sliding-window-size", () -> "4");
        registry.add("xcord.gateway.resilience.circuit-breaker.minimum-number-of-calls", () -> "4");
        registry.add("xcord.gateway.resilience.circuit-breaker.wait-in-open-state", () -> "1m");
        registry.add("xcord.gateway.rate-limits.routes.dm.limit", () -> "3");
        registry.add("xcord.gateway.rate-limits.routes.dm.window", () -> "1m");
    }

    public static void stubJwks(WireMockServer server, String jwks) {
        server.stubFor(get(urlPathEqualTo(JWKS_PATH))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(jwks)));
    }

    @BeforeEach
    void resetDownstream() {
        downstream.resetAll();
        stubJwks(downstream, TestKeys.jwks(TestKeys.TRUSTED));
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    /** A user id nobody else in this JVM uses: a rate-limit bucket of its own. */
    protected static String newUserId() {
        return Long.toString(USER_IDS.incrementAndGet());
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }
}
