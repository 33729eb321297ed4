package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import org.junit.jupiter.api.Test;

/** Presence aggregated over devices in Redis; TYPING relayed through Redis pub/sub. */
class PresenceTypingTests extends RealtimeTestBase {

    @Test
    void presenceGoesOfflineAfterTheLastSocketCloses() {
        String a = World.user("a");
        String b = World.user("b");
        WsClient sa = online(a);
        World.friends(a, b);
        sa.awaitDispatch("RELATIONSHIP_ADD");

        WsClient phone = online(b);
        sa.awaitDispatch("PRESENCE_UPDATE", d -> text(d, "userId").equals(b) && text(d, "status").equals("online"));
        WsClient laptop = online(b);
        phone.close();
        laptop.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"dnd\"}}");
        // the status B's devices aggregate to changed to dnd, never to offline while the laptop is there
        sa.awaitDispatch("PRESENCE_UPDATE", d -> text(d, "userId").equals(b) && text(d, "status").equals("dnd"));
        assertThat(sa.hasDispatch("PRESENCE_UPDATE", d -> text(d, "userId").equals(b) && text(d, "status").equals("offline")))
                .isFalse();

        laptop.close();
        sa.awaitDispatch("PRESENCE_UPDATE", d -> text(d, "userId").equals(b) && text(d, "status").equals("offline"));
        // and a friend connecting later sees B offline in READY
        assertThat(text(online(a).awaitDispatch("READY").path("presences"), b)).isEqualTo("offline");
    }

    @Test
    void invisibleLooksOfflineToOthers() {
        String a = World.user("a");
        String b = World.user("b");
        WsClient sa = online(a);
        World.friends(a, b);
        sa.awaitDispatch("RELATIONSHIP_ADD");
        WsClient sb = online(b);
        sa.awaitDispatch("PRESENCE_UPDATE", d -> text(d, "userId").equals(b) && text(d, "status").equals("online"));

        sb.send("{\"op\":\"PRESENCE_UPDATE\",\"d\":{\"status\":\"invisible\"}}");
        sa.awaitDispatch("PRESENCE_UPDATE", d -> text(d, "userId").equals(b) && text(d, "status").equals("offline"));
        assertThat(text(online(a).awaitDispatch("READY").path("presences"), b)).isEqualTo("offline");
    }

    @Test
    void typingReachesTheOtherParticipantsOnceAndNotTheTypist() {
        String a = World.user("a");
        String b = World.user("b");
        String c = World.user("c");
        String outsider = World.user("o");
        String conversation = World.conversation(a, b, c);
        WsClient sa = online(a);
        WsClient sb = online(b);
        WsClient sc = online(c);
        WsClient so = online(outsider);
        // the projection knows the conversation once its messages route
        String m = World.dm(conversation, a, "hi", a, b, c);
        sa.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(m));

        String typing = "{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"" + conversation + "\"}}";
        sa.send(typing);
        sa.send(typing); // throttled
        so.send(typing); // not a participant: ignored
        sc.send(typing); // relayed after A's (one pub/sub channel, in order)

        var started = sb.awaitDispatch("TYPING_START", d -> text(d, "userId").equals(a)).path("d");
        assertThat(text(started, "conversationId")).isEqualTo(conversation);
        assertThat(started.path("expiresAt").asLong() - started.path("timestamp").asLong()).isEqualTo(10_000);
        sb.awaitDispatch("TYPING_START", d -> text(d, "userId").equals(c));
        sa.awaitDispatch("TYPING_START", d -> text(d, "userId").equals(c));
        assertThat(sb.dispatches("TYPING_START").stream().filter(f -> text(f.path("d"), "userId").equals(a))).hasSize(1);
        assertThat(sb.hasDispatch("TYPING_START", d -> text(d, "userId").equals(outsider))).isFalse();
        assertThat(sa.hasDispatch("TYPING_START", d -> text(d, "userId").equals(a))).isFalse();
    }

    @Test
    void typingInAChannelReachesOnlyThoseWhoMayViewIt() {
        String owner = World.user("owner");
        String viewer = World.user("viewer");
        String denied = World.user("denied");
        String server = World.server(owner);
        World.join(server, viewer);
        World.join(server, denied);
        String channel = World.channel(server, java.util.List.of(World.denyView(denied)));
        WsClient so = online(owner);
        WsClient sv = online(viewer);
        WsClient sd = online(denied);
        String m = World.message(server, channel, owner, "x");
        sv.awaitDispatch("MESSAGE_CREATE", d -> text(d, "id").equals(m));

        so.send("{\"op\":\"TYPING\",\"d\":{\"serverId\":\"" + server + "\",\"channelId\":\"" + channel + "\"}}");
        sv.awaitDispatch("TYPING_START", d -> text(d, "userId").equals(owner) && text(d, "channelId").equals(channel));
        // marker through the same pub/sub channel: the viewer types, the denied member cannot see that either,
        // so use a conversation between owner and denied as the marker
        String conversation = World.conversation(owner, denied);
        String dm = World.dm(conversation, owner, "marker", owner, denied);
        sd.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(dm));
        so.send("{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"" + conversation + "\"}}");
        sd.awaitDispatch("TYPING_START", d -> text(d, "conversationId").equals(conversation));
        assertThat(sd.hasDispatch("TYPING_START", d -> channel.equals(text(d, "channelId")))).isFalse();
    }
}
