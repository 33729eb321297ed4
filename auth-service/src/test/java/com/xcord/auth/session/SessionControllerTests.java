package com.xcord.auth.session;

import com.xcord.servicekit.test.Api;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.auth.support.Users;
import com.xcord.auth.support.Users.Registered;
import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.auth.token.AccessTokenClaims;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class SessionControllerTests extends IntegrationTest {

    private Api.Response refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh").json(Map.of("refreshToken", refreshToken)).send();
    }

    private int me(String accessToken) {
        return api.get("/api/v1/me").token(accessToken).send().status();
    }

    private static long sessionOf(Registered user) {
        return AccessTokenClaims.sessionId(user.accessToken());
    }

    @Nested
    class Refresh {

        @Test
        void rotatesBothTokens() {
            Registered alice = Users.register(api, "alice");

            Api.Response response = refresh(alice.refreshToken());

            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            assertThat(response.text("refreshToken")).isNotBlank().isNotEqualTo(alice.refreshToken());
            assertThat(response.text("accessToken")).isNotBlank().isNotEqualTo(alice.accessToken());
            assertThat(response.body().path("expiresIn").asLong()).isEqualTo(900);
            assertThat(AccessTokenClaims.sessionId(response.text("accessToken"))).isEqualTo(sessionOf(alice));
            assertThat(me(response.text("accessToken"))).isEqualTo(200);
            assertThat(refresh(response.text("refreshToken")).status()).isEqualTo(200);
            assertThat(count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?", sessionOf(alice))).isEqualTo(3);
        }

        @Test
        void reusingARotatedTokenRevokesTheWholeSession() {
            Registered alice = Users.register(api, "alice");
            Api.Response rotated = refresh(alice.refreshToken());
            assertThat(rotated.status()).isEqualTo(200);

            assertProblem(refresh(alice.refreshToken()), 401);

            assertProblem(refresh(rotated.text("refreshToken")), 401);
            assertThat(me(rotated.text("accessToken"))).isEqualTo(401);
            assertThat(db.sql("SELECT revoke_reason FROM sessions WHERE id = ?").param(sessionOf(alice))
                    .query(String.class).single()).isEqualTo("refresh-token-reuse");
            EventEnvelope<SessionRevoked> event = awaitEvent(AuthEvents.SESSION_REVOKED,
                    e -> e.userId().equals(alice.id()));
            assertThat(event.data().sessionId()).isEqualTo(Long.toString(sessionOf(alice)));
            assertThat(event.data().reason()).isEqualTo("refresh-token-reuse");
        }

        @Test
        void concurrentRefreshesWithOneTokenHaveExactlyOneWinner() throws Exception {
            Registered alice = Users.register(api, "alice");
            int racers = 4;
            CyclicBarrier start = new CyclicBarrier(racers);
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return refresh(alice.refreshToken()).status();
                }));
            }

            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }

            assertThat(statuses).containsOnly(200, 401).filteredOn(s -> s == 200).hasSize(1);
            assertThat(count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?", sessionOf(alice))).isEqualTo(2);
        }

        @Test
        void unknownExpiredOrMissingTokensAreRefused() {
            Registered alice = Users.register(api, "alice");
            db.sql("UPDATE refresh_tokens SET expires_at = now() - interval '1 minute' WHERE session_id = ?")
                    .param(sessionOf(alice)).update();

            assertProblem(refresh(alice.refreshToken()), 401);
            assertProblem(refresh("not-a-token-we-issued"), 401);
            assertProblem(refresh("x".repeat(10_000)), 401);
            assertFieldError(api.post("/api/v1/auth/refresh").json(Map.of()).send(), "refreshToken");
            assertProblem(api.post("/api/v1/auth/refresh").send(), 400);
            assertThat(count("SELECT count(*) FROM refresh_tokens WHERE session_id = ?", sessionOf(alice))).isEqualTo(1);
        }
    }

    @Nested
    class Logout {

        @Test
        void endsTheSessionOfTheRefreshToken() {
            Registered alice = Users.register(api, "alice");
            Registered otherSession = Users.login(api, alice);

            Api.Response response = api.post("/api/v1/auth/logout").json(Map.of("refreshToken", alice.refreshToken()))
                    .send();

            assertThat(response.status()).isEqualTo(204);
            assertProblem(refresh(alice.refreshToken()), 401);
            assertThat(me(alice.accessToken())).isEqualTo(401);
            assertThat(me(otherSession.accessToken())).as("another session lives on").isEqualTo(200);
            EventEnvelope<SessionRevoked> event = awaitEvent(AuthEvents.SESSION_REVOKED,
                    e -> e.userId().equals(alice.id()));
            assertThat(event.data().reason()).isEqualTo("logout");
            assertThat(event.data().sessionId()).isEqualTo(Long.toString(sessionOf(alice)));
        }

        @Test
        void needsNoAccessTokenAndIgnoresUnknownTokens() {
            assertThat(api.post("/api/v1/auth/logout").token("expired.or.garbage")
                    .json(Map.of("refreshToken", "unknown")).send().status()).isEqualTo(204);
        }

        @Test
        void aMissingTokenIsABadRequest() {
            assertFieldError(api.post("/api/v1/auth/logout").json(Map.of("refreshToken", " ")).send(), "refreshToken");
        }
    }

    @Nested
    class LogoutAll {

        @Test
        void endsEverySessionOfTheCaller() {
            Registered alice = Users.register(api, "alice");
            Registered second = Users.login(api, alice);
            Registered bob = Users.register(api, "bob");

            assertThat(api.post("/api/v1/auth/logout-all").token(second.accessToken()).send().status()).isEqualTo(204);

            assertThat(me(alice.accessToken())).isEqualTo(401);
            assertThat(me(second.accessToken())).isEqualTo(401);
            assertProblem(refresh(alice.refreshToken()), 401);
            assertProblem(refresh(second.refreshToken()), 401);
            assertThat(me(bob.accessToken())).as("other users are not affected").isEqualTo(200);
            for (Registered session : List.of(alice, second)) {
                EventEnvelope<SessionRevoked> event = awaitEvent(AuthEvents.SESSION_REVOKED,
                        e -> e.userId().equals(alice.id()) && Long.toString(sessionOf(session)).equals(e.sessionId()));
                assertThat(event.data().reason()).as("one event per ended session").isEqualTo("logout-all");
            }
        }

        @Test
        void needsAValidAccessToken() {
            assertProblem(api.post("/api/v1/auth/logout-all").send(), 401);
            assertProblem(api.post("/api/v1/auth/logout-all").token("garbage").send(), 401);
        }
    }

    @Nested
    class ListSessions {

        @Test
        void showsTheCallersActiveSessionsNewestFirst() {
            Registered alice = Users.register(api, "alice");
            Registered second = Users.login(api, alice);
            Registered third = Users.login(api, alice);
            api.post("/api/v1/auth/logout").json(Map.of("refreshToken", third.refreshToken())).send();
            Users.register(api, "bob");

            Api.Response response = api.get("/api/v1/auth/sessions").token(alice.accessToken())
                    .header("User-Agent", "test-agent").send();

            assertThat(response.status()).as(response.raw()).isEqualTo(200);
            var items = response.body().path("items");
            assertThat(items.size()).isEqualTo(2);
            assertThat(items.get(0).path("id").asString()).isEqualTo(Long.toString(sessionOf(second)));
            assertThat(items.get(0).path("current").asBoolean()).isFalse();
            assertThat(items.get(1).path("id").asString()).isEqualTo(Long.toString(sessionOf(alice)));
            assertThat(items.get(1).path("current").asBoolean()).isTrue();
            assertThat(items.get(1).path("ip").asString()).startsWith("10.");
            assertThat(items.get(1).path("createdAt").asString()).endsWith("Z");
            assertThat(items.get(1).path("lastUsedAt").asString()).endsWith("Z");
            assertThat(response.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void pagesWithACursor() {
            Registered alice = Users.register(api, "alice");
            Users.login(api, alice);
            Users.login(api, alice);

            Api.Response first = api.get("/api/v1/auth/sessions?limit=2").token(alice.accessToken()).send();
            Api.Response second = api.get("/api/v1/auth/sessions?limit=2&before=" + first.text("nextCursor"))
                    .token(alice.accessToken()).send();

            assertThat(first.body().path("items").size()).isEqualTo(2);
            assertThat(first.text("nextCursor")).isNotBlank();
            assertThat(second.body().path("items").size()).isEqualTo(1);
            assertThat(second.body().path("items").get(0).path("id").asString())
                    .isEqualTo(Long.toString(sessionOf(alice)));
            assertThat(second.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void badPagingIsABadRequest() {
            Registered alice = Users.register(api, "alice");

            assertProblem(api.get("/api/v1/auth/sessions?limit=0").token(alice.accessToken()).send(), 400);
            assertProblem(api.get("/api/v1/auth/sessions?limit=101").token(alice.accessToken()).send(), 400);
        }

        @Test
        void needsAValidAccessToken() {
            assertProblem(api.get("/api/v1/auth/sessions").send(), 401);
        }
    }

    @Nested
    class RevokeSession {

        @Test
        void endsOneOfTheCallersSessions() {
            Registered alice = Users.register(api, "alice");
            Registered second = Users.login(api, alice);

            assertThat(api.delete("/api/v1/auth/sessions/" + sessionOf(second)).token(alice.accessToken()).send()
                    .status()).isEqualTo(204);

            assertThat(me(second.accessToken())).isEqualTo(401);
            assertProblem(refresh(second.refreshToken()), 401);
            assertThat(me(alice.accessToken())).isEqualTo(200);
        }

        @Test
        void someoneElsesSessionIsNotFound() {
            Registered alice = Users.register(api, "alice");
            Registered bob = Users.register(api, "bob");

            assertProblem(api.delete("/api/v1/auth/sessions/" + sessionOf(bob)).token(alice.accessToken()).send(), 404);

            assertThat(me(bob.accessToken())).isEqualTo(200);
            assertThat(count("SELECT count(*) FROM sessions WHERE id = ? AND revoked_at IS NULL", sessionOf(bob)))
                    .isEqualTo(1);
        }

        @Test
        void aMalformedIdIsABadRequest() {
            Registered alice = Users.register(api, "alice");

            assertProblem(api.delete("/api/v1/auth/sessions/abc").token(alice.accessToken()).send(), 400);
        }

        @Test
        void needsAValidAccessToken() {
            assertProblem(api.delete("/api/v1/auth/sessions/1").send(), 401);
        }
    }
}
