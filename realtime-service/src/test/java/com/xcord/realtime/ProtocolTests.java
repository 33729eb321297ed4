package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.xcord.realtime.support.WsClient;
import com.xcord.realtime.support.World;
import com.xcord.servicekit.test.TestTokens;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** DESIGN §6 on one socket: HELLO, IDENTIFY, READY, HEARTBEAT, close codes, limits, Origin. */
class ProtocolTests extends RealtimeTestBase {

    @Nested
    class Hello {
        @Test
        void firstFrameIsHelloWithTheHeartbeatInterval() {
            WsClient c = connect();
            JsonNode hello = c.awaitOp("HELLO");
            assertThat(c.frames.get(0)).isEqualTo(hello);
            assertThat(hello.path("d").path("heartbeatInterval").asLong()).isEqualTo(2000);
        }
    }

    @Nested
    class Identify {
        @Test
        void readyIsDispatchOneWithSessionUserServersAndConversations() {
            String alice = World.user("alice");
            String bob = World.user("bob");
            String server = World.server(alice);
            String channel = World.channel(server, java.util.List.of());
            String conversation = World.conversation(alice, bob);
            // the READY must reflect the projection: wait until the last event is in it by identifying after it
            WsClient c = connect();
            JsonNode ready = awaitReadyWith(c, alice, conversation);
            JsonNode frame = c.dispatches("READY").get(0);
            assertThat(frame.path("s").asLong()).isEqualTo(1);
            assertThat(text(ready, "sessionId")).hasSize(32);
            assertThat(text(ready.path("user"), "id")).isEqualTo(alice);
            assertThat(text(ready.path("user"), "displayName")).isEqualTo("alice");
            JsonNode srv = ready.path("servers").get(0);
            assertThat(text(srv, "id")).isEqualTo(server);
            assertThat(text(srv.path("channels").get(0), "id")).isEqualTo(channel);
            assertThat(text(ready.path("conversations").get(0), "id")).isEqualTo(conversation);
        }

        private JsonNode awaitReadyWith(WsClient first, String userId, String conversationId) {
            // projection updates are asynchronous: re-identify on fresh sockets until READY shows the conversation
            return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> {
                WsClient c = first.frames.isEmpty() || first.dispatches("READY").isEmpty() ? first : connect();
                JsonNode ready = c.identify(token(userId));
                if (ready.path("conversations").size() == 1 && ready.path("servers").path(0).path("channels").size() == 1) {
                    if (c != first) {
                        first.frames.clear();
                        first.frames.addAll(c.frames);
                    }
                    return ready;
                }
                return null;
            }, r -> r != null);
        }

        @Test
        void invalidTokensCloseWith4004() {
            long user = 7;
            for (String token : new String[] {"garbage", TestTokens.expired(user), TestTokens.algNone(user),
                    TestTokens.hs256WithPublicKey(user), TestTokens.wrongAudience(user), TestTokens.wrongIssuer(user),
                    TestTokens.wrongTyp(user), TestTokens.withJkuHeader(user), TestTokens.withJwkHeader(user),
                    TestTokens.withX5uHeader(user), TestTokens.signedByAnotherKey(user)}) {
                WsClient c = connect();
                c.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token + "\"}}");
                assertThat(c.awaitClose()).as(token).isEqualTo(4004);
                assertThat(c.dispatches("READY")).isEmpty();
            }
        }

        @Test
        void noIdentifyWithinTheTimeoutClosesWith4003() {
            WsClient c = connect();
            assertThat(c.awaitClose()).isEqualTo(4003);
        }

        @Test
        void opsBeforeIdentifyCloseWith4003() {
            WsClient c = connect();
            c.send("{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"1\"}}");
            assertThat(c.awaitClose()).isEqualTo(4003);
        }

        @Test
        void theSocketClosesWhenItsTokenExpiresWithoutReIdentify() {
            WsClient c = connect();
            c.identify(TestTokens.custom(h -> { }, claims -> claims.expirationTime(
                    java.util.Date.from(java.time.Instant.now().plusSeconds(2)))));
            assertThat(c.awaitClose()).isEqualTo(4004);
            assertThat(c.closeReason).contains("expired");
        }

        @Test
        void reIdentifyingWithAFreshTokenKeepsTheSocketOpen() {
            String user = World.user("refresh");
            WsClient c = connect();
            java.time.Instant expiry = java.time.Instant.now().plusSeconds(2);
            c.identify(TestTokens.custom(h -> { }, claims -> claims.subject(user).expirationTime(java.util.Date.from(expiry))));
            c.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token(user) + "\"}}");
            // two sweeps past the first token's expiry (they run every second), the socket still answers
            java.time.Instant checkAfter = expiry.plusMillis(2500);
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> java.time.Instant.now().isAfter(checkAfter));
            int acks = (int) c.frames.stream().filter(f -> "HEARTBEAT_ACK".equals(f.path("op").asString())).count();
            c.send("{\"op\":\"HEARTBEAT\",\"d\":1}");
            org.awaitility.Awaitility.await().until(() -> c.frames.stream()
                    .filter(f -> "HEARTBEAT_ACK".equals(f.path("op").asString())).count() > acks);
            assertThat(c.closeCode).isNotDone();
            assertThat(c.dispatches("READY")).hasSize(1);
        }

        @Test
        void identifyingAsAnotherUserOnTheSameSocketCloses4005() {
            WsClient c = online(World.user("carol"));
            c.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + token(World.user("dave")) + "\"}}");
            assertThat(c.awaitClose()).isEqualTo(4005);
        }
    }

    @Nested
    class Heartbeat {
        @Test
        void heartbeatIsAcknowledged() {
            WsClient c = connect();
            c.send("{\"op\":\"HEARTBEAT\",\"d\":null}");
            c.awaitOp("HEARTBEAT_ACK");
        }

        @Test
        void missedHeartbeatsCloseWith4009() {
            WsClient c = track(WsClient.connectWithoutHeartbeats(port));
            c.identify(token(World.user("erin")));
            assertThat(c.awaitClose()).isEqualTo(4009);
        }
    }

    @Nested
    class Errors {
        @Test
        void unknownOpClosesWith4001() {
            WsClient c = connect();
            c.send("{\"op\":\"FLY\"}");
            assertThat(c.awaitClose()).isEqualTo(4001);
        }

        @Test
        void invalidJsonClosesWith4002() {
            WsClient c = connect();
            c.send("{not json");
            assertThat(c.awaitClose()).isEqualTo(4002);
        }

        @Test
        void frameWithoutOpClosesWith4002() {
            WsClient c = connect();
            c.send("[1,2]");
            assertThat(c.awaitClose()).isEqualTo(4002);
        }

        @Test
        void framesOver64KiBCloseWith1009() {
            WsClient c = connect();
            c.awaitOp("HELLO");
            String big = "{\"op\":\"HEARTBEAT\",\"d\":\"" + "x".repeat(64 * 1024) + "\"}";
            try {
                c.send(big);
            } catch (CompletionException e) {
                // the server may close while we are still writing
            }
            assertThat(c.awaitClose()).isEqualTo(1009);
        }

        @Test
        void aFrameJustUnder64KiBIsFine() {
            WsClient c = connect();
            String almost = "{\"op\":\"HEARTBEAT\",\"d\":\"" + "x".repeat(64 * 1024 - 100) + "\"}";
            c.send(almost);
            c.awaitOp("HEARTBEAT_ACK");
            assertThat(c.closeCode).isNotDone();
        }

        @Test
        void floodingClosesWith4008() {
            WsClient c = connect();
            for (int i = 0; i < 130 && !c.closeCode.isDone(); i++) {
                try {
                    c.send("{\"op\":\"HEARTBEAT\",\"d\":0}");
                } catch (CompletionException e) {
                    break;
                }
            }
            assertThat(c.awaitClose()).isEqualTo(4008);
        }
    }

    @Nested
    class Origin {
        @Test
        void allowlistedOriginConnects() {
            WsClient c = track(WsClient.connect(port, Map.of("Origin", "http://allowed.example")));
            c.awaitOp("HELLO");
        }

        @Test
        void otherOriginsAreRefusedAtTheHandshake() {
            assertThatThrownBy(() -> WsClient.connect(port, Map.of("Origin", "https://evil.example")))
                    .hasCauseInstanceOf(java.net.http.WebSocketHandshakeException.class)
                    .satisfies(e -> assertThat(((java.net.http.WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                            .isEqualTo(403));
        }

        private Throwable rootCause(Throwable e) {
            while (e.getCause() != null) {
                e = e.getCause();
            }
            return e;
        }
    }
}
