package com.xcord.servicekit.testapp;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.servicekit.test.TestTokens;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import static com.xcord.servicekit.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SecurityTests extends IntegrationTest {

    @Test
    void aTokenOfASessionAuthServiceEndedIsRefusedWithinMoments() {
        long user = newUserId();
        long session = ids.next();
        String token = TestTokens.accessToken(user, session);
        String otherSessionsToken = TestTokens.accessToken(user, ids.next());
        assertThat(get("/api/v1/me", token).statusCode()).isEqualTo(200);

        String subject = Long.toString(user);
        publishAuthEvent(AuthEvents.SESSION_REVOKED, subject,
                new SessionRevoked(subject, Long.toString(session), "logout", Instant.now()));

        // a call that bypasses the gateway is refused by the service itself (issue 12 finding 1)
        await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/v1/me", token).statusCode() == 401);
        HttpResponse<String> refused = get("/api/v1/me", token);
        assertProblem(refused, 401);
        assertThat(refused.body()).doesNotContain(token);
        assertThat(get("/api/v1/me", otherSessionsToken).statusCode()).as("the user's other sessions").isEqualTo(200);
    }

    @Test
    void validTokenResolvesTheCurrentUser() {
        long user = newUserId();
        HttpResponse<String> response = get("/api/v1/me", TestTokens.accessToken(user, 77));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"id\":\"" + user + "\"").contains("\"sessionId\":\"77\"");
    }

    @Test
    void missingTokenIs401ProblemWithBearerChallenge() {
        HttpResponse<String> response = get("/api/v1/me", null);
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void garbageTokenIs401() {
        assertProblem(get("/api/v1/me", "not.a.jwt"), 401);
    }

    static Stream<Arguments> refusedTokens() {
        return Stream.of(
                refused("expired", TestTokens::expired),
                refused("not yet valid", TestTokens::notYetValid),
                refused("signed by another key", TestTokens::signedByAnotherKey),
                refused("unknown kid", TestTokens::unknownKid),
                refused("alg none", TestTokens::algNone),
                refused("HS256 with the public key", TestTokens::hs256WithPublicKey),
                refused("wrong issuer", TestTokens::wrongIssuer),
                refused("wrong audience", TestTokens::wrongAudience),
                refused("typ JWT", TestTokens::wrongTyp),
                refused("no typ", TestTokens::missingTyp),
                refused("jku header", TestTokens::withJkuHeader),
                refused("embedded jwk header", TestTokens::withJwkHeader),
                refused("x5u header", TestTokens::withX5uHeader),
                refused("non-numeric sub", id -> TestTokens.custom(h -> { }, c -> c.subject("alice"))),
                refused("no exp", id -> TestTokens.custom(h -> { }, c -> c.expirationTime(null))));
    }

    private static Arguments refused(String name, LongFunction<String> token) {
        return Arguments.of(name, token);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusedTokenIs401(String name, LongFunction<String> token) {
        HttpResponse<String> response = get("/api/v1/me", token.apply(newUserId()));
        assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void unknownKidsRefetchTheJwksAtMostOncePerInterval() {
        assertThat(get("/api/v1/me", TestTokens.accessToken(1)).statusCode()).isEqualTo(200);
        long before = TestTokens.jwksFetches();
        for (int i = 0; i < 5; i++) {
            assertProblem(get("/api/v1/me", TestTokens.unknownKid(1)), 401);
        }
        assertThat(TestTokens.jwksFetches() - before).isLessThanOrEqualTo(1);
        // known keys keep working from the cache
        assertThat(get("/api/v1/me", TestTokens.accessToken(1)).statusCode()).isEqualTo(200);
    }

    @Test
    void publicPathsNeedNoToken() {
        assertThat(get("/api/v1/public/ping", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRouteWithoutTokenIs401NotALeak() {
        assertProblem(get("/api/v1/nothing-here", null), 401);
    }
}
