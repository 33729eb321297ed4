package com.xcord.servicekit.testapp;

import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import static com.xcord.servicekit.test.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SecurityTests extends IntegrationTest {

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
