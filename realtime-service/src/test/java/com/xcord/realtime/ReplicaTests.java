package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * Two replicas side by side: this class's shared context (replica-1) and a second application context
 * (replica-2) in the same JVM, each with its own sockets, its own projection and the same Kafka and Redis.
 */
class ReplicaTests extends RealtimeTestBase {

    static ConfigurableApplicationContext replica2;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @BeforeAll
    static void startSecondReplica() {
        replica2 = startReplica("replica-2");
    }

    @AfterAll
    static void stopSecondReplica() {
        replica2.close();
    }

    @Test
    void eventsReachSocketsOnEitherReplicaAndTypingCrossesReplicas() {
        String a = World.user("a");
        String b = World.user("b");
        WsClient sa = online(a); // replica-1
        WsClient sb = track(WsClient.connect(portOf(replica2)));
        sb.identify(token(b));
        String conversation = World.conversation(a, b);
        String m = World.dm(conversation, a, "across", a, b);
        sa.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m));
        sb.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m));

        sa.send("{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"" + conversation + "\"}}");
        sb.awaitDispatch("TYPING_START", d -> text(d, "userId").equals(a));
        sb.send("{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"" + conversation + "\"}}");
        sa.awaitDispatch("TYPING_START", d -> text(d, "userId").equals(b));
    }

    @Test
    void gracefulShutdownSendsReconnectAndTheSessionResumesOnTheOtherReplica() throws Exception {
        ConfigurableApplicationContext replica3 = startReplica("replica-3");
        String a = World.user("a");
        String b = World.user("b");
        WsClient sa = online(a);
        WsClient sb = track(WsClient.connect(portOf(replica3)));
        String sessionId = text(sb.identify(token(b)), "sessionId");
        String conversation = World.conversation(a, b);
        String m1 = World.dm(conversation, a, "before", a, b);
        sb.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m1));
        long seenSeq = sb.lastSeq();

        CompletableFuture<Void> shutdown = CompletableFuture.runAsync(replica3::close);
        sb.awaitOp("RECONNECT");
        assertThat(sb.awaitClose()).isEqualTo(1012);

        // published while replica-3 is going away: it keeps buffering for the session until it is resumed
        String m2 = World.dm(conversation, a, "between", a, b);
        await().atMost(Duration.ofSeconds(10)).until(() -> redis.opsForList().range("rt:b:{" + sessionId + "}", 0, -1)
                .collectList().block().stream().anyMatch(e -> e.contains(m2)));

        WsClient resumed = connect();
        resumed.resume(token(b), sessionId, seenSeq);
        resumed.awaitOp("RESUMED");
        assertThat(resumed.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m2)).path("s").asLong())
                .isEqualTo(seenSeq + 1);
        String m3 = World.dm(conversation, a, "after", a, b);
        assertThat(resumed.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m3)).path("s").asLong())
                .isEqualTo(seenSeq + 2);
        shutdown.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(resumed.dispatches("DM_MESSAGE_CREATE")).hasSize(2);
    }
}
