package com.xcord.gateway.auth;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.xcord.gateway.support.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import com.xcord.gateway.GatewayApplication;
import com.xcord.gateway.support.AuthServiceProcess;
import com.xcord.gateway.support.Downstream;
import com.xcord.edge.test.MutableClock;
import com.xcord.gateway.support.TestKeys;
import com.xcord.testkit.RedisServer;
import com.xcord.testkit.TestInfrastructure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of the real auth-service (its jar, as a child process): tokens it mints pass,
 * broken ones are refused before they reach a service (feed-service is WireMock here, so "never
 * reached" can be checked), a key rotation in auth-service is picked up without a restart, login is
 * rate-limited per IP, and a Redis outage does not stop requests.
 */
@SpringBootTest(classes = {GatewayApplication.class, AuthServiceGatewayTests.TestClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthServiceGatewayTests {

    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 100_000_000, 36);

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Clock gatewayClock;

    private final WireMockServer feed = Downstream.shared();

    @BeforeAll
    static void needsTheAuthServiceJar() {
        assumeTrue(AuthServiceProcess.isBuilt(), "auth-service is not built: " + AuthServiceProcess.JAR);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("xcord.security.jwks-uri", () -> AuthServiceProcess.shared().url() + "/api/v1/auth/jwks");
        registry.add("xcord.security.jwks-refetch-interval", () -> "200ms");
        registry.add("xcord.gateway.services.auth.uri", () -> AuthServiceProcess.shared().url());
        registry.add("xcord.gateway.services.feed.uri", Downstream::url);
        registry.add("xcord.gateway.rate-limits.routes.auth-login.limit", () -> "3");
        registry.add("xcord.gateway.rate-limits.routes.auth-login.window", () -> "1m");
        registry.add("xcord.gateway.rate-limits.routes.auth-login.per", () -> "ip");
    }

    @BeforeEach
    void resetFeed() {
        feed.resetAll();
        feed.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[],\"nextCursor\":null}")));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theGatewayUsesTheTestClock() {
        assertThat(gatewayClock).isSameAs(clock);
    }

    @Test
    void registerAndMeGoThroughTheGateway() {
        Account account = register();

        client().get().uri("/api/v1/me").header("Authorization", "Bearer " + account.accessToken()).exchange()
                .expectStatus().isOk()
                .expectHeader().exists("X-Request-Id")
                .expectHeader().exists("RateLimit-Remaining")
                .expectBody().jsonPath("$.username").isEqualTo(account.username());
    }

    @Test
    void aValidTokenReachesTheServiceUnchanged() {
        Account account = register();

        client().get().uri("/api/v1/feed").header("Authorization", "Bearer " + account.accessToken()).exchange()
                .expectStatus().isOk();

        feed.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/feed"))
                .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + account.accessToken())));
    }

    @Test
    void theTokenOfALoggedOutSessionIsRefusedWithinMomentsAndNeverReachesTheService() {
        Account account = register();
        // accepted once: the gateway now remembers the token as verified, and must still notice the logout
        client().get().uri("/api/v1/feed").header("Authorization", "Bearer " + account.accessToken()).exchange()
                .expectStatus().isOk();

        client().post().uri("/api/v1/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", account.refreshToken())).exchange()
                .expectStatus().is2xxSuccessful();
        long loggedOut = System.nanoTime();

        // auth-service's session.revoked event, through its outbox and Kafka, into the gateway's ended-session set
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(10)).until(() ->
                client().get().uri("/api/v1/feed").header("Authorization", "Bearer " + account.accessToken())
                        .exchange().returnResult(Void.class).getStatus().value() == 401);
        System.out.printf("gateway refused the logged-out session's token %d ms after the logout%n",
                (System.nanoTime() - loggedOut) / 1_000_000);
        feed.resetRequests();
        assertRefused(account.accessToken());
    }

    @Test
    void noTokenIs401() {
        assertRefused(null);
    }

    @Test
    void anExpiredTokenIs401() {
        Account account = register();
        clock.advance(Duration.ofMinutes(16)); // access tokens live 15 min; the skew is 30 s

        assertRefused(account.accessToken());
    }

    @Test
    void aTokenAcceptedBeforeItExpiredIs401AfterIt() {
        Account account = register();
        me(account).expectStatus().isOk();

        clock.advance(Duration.ofMinutes(16));

        // the gateway remembers verified tokens, but checks their expiry on every request
        assertRefused(account.accessToken());
    }

    @Test
    void aTokenChangedAfterSigningIs401() {
        Account account = register();

        assertRefused(TestKeys.tampered(account.accessToken(), "1"));
    }

    @Test
    void aTokenSignedByAnotherKeyIs401() throws Exception {
        Account account = register();
        String realKid = SignedJWT.parse(account.accessToken()).getHeader().getKeyID();

        assertRefused(TestKeys.signedByOtherKey(account.userId(), realKid));
        assertRefused(TestKeys.signedByOtherKey(account.userId(), "kid-auth-service-never-published"));
    }

    @Test
    void anUnsignedTokenIs401() {
        Account account = register();

        assertRefused(TestKeys.unsigned(account.accessToken()));
    }

    @Test
    void anHs256TokenKeyedWithThePublishedPublicKeyIs401() throws Exception {
        Account account = register();
        String jwks = client().get().uri("/api/v1/auth/jwks").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        RSAKey published = (RSAKey) JWKSet.parse(jwks).getKeys().get(0);

        assertRefused(TestKeys.hs256WithPublicKey(published, published.getKeyID(), account.userId()));
    }

    @Test
    void aKeyRotationInAuthServiceIsPickedUpWithoutARestart() throws Exception {
        Account before = register();
        String oldKid = SignedJWT.parse(before.accessToken()).getHeader().getKeyID();
        me(before).expectStatus().isOk();

        // generating an RSA key on a loaded machine can take longer than WebTestClient's default 5 s
        WebTestClient.bindToServer().baseUrl(AuthServiceProcess.shared().url()).responseTimeout(Duration.ofSeconds(30))
                .build().post().uri("/actuator/keyrotation").header("Authorization", "Bearer " + before.accessToken())
                .exchange().expectStatus().is2xxSuccessful();

        Account after = register();
        assertThat(SignedJWT.parse(after.accessToken()).getHeader().getKeyID()).isNotEqualTo(oldKid);
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> me(after).expectStatus().isOk());
        // tokens signed with the previous key stay valid: rotation logs nobody out
        me(before).expectStatus().isOk();
    }

    @Test
    void loginIsRateLimitedPerIpWithHeaders() {
        Account account = register();
        for (int i = 0; i < 3; i++) {
            login(account).expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Limit", "3")
                    .expectHeader().valueEquals("RateLimit-Remaining", Integer.toString(2 - i));
        }

        var refused = login(account)
                .expectHeader().valueEquals("RateLimit-Limit", "3")
                .expectHeader().valueEquals("RateLimit-Remaining", "0")
                .expectHeader().value("Retry-After", after -> assertThat(Long.parseLong(after)).isBetween(1L, 60L))
                .expectHeader().exists("RateLimit-Reset");
        assertProblem(refused, 429);
    }

    @Test
    void whenRedisIsDownRequestsAreStillServed() {
        RedisServer redis = TestInfrastructure.shared().redis().controllable().orElse(null);
        assumeTrue(redis != null, "needs the embedded Redis, which can be stopped");
        Account account = register();
        try {
            redis.stop();
            for (int i = 0; i < 3; i++) {
                me(account).expectStatus().isOk().expectHeader().doesNotExist("RateLimit-Limit");
            }
        } finally {
            redis.restart();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> me(account).expectHeader().exists("RateLimit-Limit"));
        }
    }

    private void assertRefused(String token) {
        var request = client().get().uri("/api/v1/feed");
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        assertProblem(request.exchange(), 401);
        feed.verify(0, anyRequestedFor(anyUrl()));
    }

    private record Account(String userId, String username, String accessToken, String refreshToken) {
    }

    private Account register() {
        String username = "gw_" + RUN + "_" + USERS.incrementAndGet();
        Map<?, ?> body = client().post().uri("/api/v1/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "email", username + "@example.com", "password", PASSWORD))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(body).isNotNull();
        Map<?, ?> user = (Map<?, ?>) body.get("user");
        return new Account(String.valueOf(user.get("id")), username, (String) body.get("accessToken"),
                (String) body.get("refreshToken"));
    }

    private WebTestClient.ResponseSpec me(Account account) {
        return client().get().uri("/api/v1/me").header("Authorization", "Bearer " + account.accessToken()).exchange();
    }

    private WebTestClient.ResponseSpec login(Account account) {
        return client().post().uri("/api/v1/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("login", account.username(), "password", PASSWORD)).exchange();
    }

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl(URI.create("http://localhost:" + port).toString())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
