package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** RESUME: the replay buffer in Redis, RESUMED, INVALID_SESSION, 4007. */
class ResumeTests extends RealtimeTestBase {

    @Test
    void resumeAfterADroppedSocketReplaysExactlyTheMissedEventsInOrder() {
        String a = World.user("a");
        String b = World.user("b");
        WsClient sa = online(a);
        WsClient sb = connect();
        String sessionId = text(sb.identify(token(b)), "sessionId");
        String conversation = World.conversation(a, b);
        String m1 = World.dm(conversation, a, "one", a, b);
        sb.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m1));
        long seenSeq = sb.lastSeq();

        sb.abort(); // network failure: no close handshake
        List<String> missed = List.of(World.dm(conversation, a, "two", a, b), World.dm(conversation, a, "three", a, b),
                World.dm(conversation, a, "four", a, b));
        // the same routing step that delivered them to A buffered them for B's session
        sa.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(missed.get(2)));

        WsClient again = connect();
        again.awaitOp("HELLO");
        again.resume(token(b), sessionId, seenSeq);
        JsonNode resumed = again.awaitOp("RESUMED");
        List<JsonNode> replayed = again.frames.stream().filter(f -> "DISPATCH".equals(f.path("op").asString()))
                .takeWhile(f -> f != resumed).toList();
        assertThat(replayed).extracting(f -> text(f.path("d"), "id")).containsExactlyElementsOf(missed);
        // every frame after the client's seq, without gaps
        assertThat(replayed).extracting(f -> f.path("s").asLong()).containsExactly(seenSeq + 1, seenSeq + 2, seenSeq + 3);
        assertThat(again.frames.indexOf(resumed)).isGreaterThan(again.frames.indexOf(replayed.get(2)));

        // live delivery continues the same sequence
        String m5 = World.dm(conversation, a, "five", a, b);
        assertThat(again.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m5)).path("s").asLong())
                .isEqualTo(seenSeq + 4);
        assertThat(again.dispatches("READY")).isEmpty();
    }

    @Test
    void resumingAnUnknownSessionIsInvalid() {
        WsClient c = connect();
        c.resume(token(World.user("x")), "0123456789abcdef0123456789abcdef", 3);
        assertThat(c.awaitOp("INVALID_SESSION").path("d").asBoolean()).isFalse();
        // the client may identify again on the same socket
        c.identify(token(World.user("y")));
    }

    @Test
    void resumingSomeoneElsesSessionIsInvalid() {
        WsClient owner = connect();
        String sessionId = text(owner.identify(token(World.user("owner"))), "sessionId");
        WsClient thief = connect();
        thief.resume(token(World.user("thief")), sessionId, 0);
        assertThat(thief.awaitOp("INVALID_SESSION").path("d").asBoolean()).isFalse();
        assertThat(owner.closeCode).isNotDone();
    }

    @Test
    void aSeqAheadOfTheSessionCloses4007() {
        String user = World.user("z");
        WsClient c = connect();
        String sessionId = text(c.identify(token(user)), "sessionId");
        c.abort();
        WsClient again = connect();
        again.resume(token(user), sessionId, 99);
        assertThat(again.awaitClose()).isEqualTo(4007);
    }

    @Test
    void resumingOnANewSocketWhileTheOldIsOpenReplacesIt() {
        String user = World.user("twice");
        WsClient first = connect();
        String sessionId = text(first.identify(token(user)), "sessionId");
        WsClient second = connect();
        second.resume(token(user), sessionId, 1);
        second.awaitOp("RESUMED");
        assertThat(first.awaitClose()).isEqualTo(4011);
    }
}
