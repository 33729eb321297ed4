package com.xcord.e2e.realtime;

import static com.xcord.e2e.support.Client.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.Sockets;
import com.xcord.realtime.support.WsClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6's end-to-end proofs: real auth-, server-, dm- and realtime-service (two replicas) behind the real
 * gateway; clients use only HTTP and WebSocket through the gateway, as a frontend does.
 *
 * <p>"Did not receive" is proven with a marker: after the event reached someone who may see it (so every
 * replica has routed it: each routes an event to all of its sockets at once), a later event is sent to
 * the socket under test; once the marker is there, anything routed to that socket before it would be too
 * (one ordered outbound queue per socket).
 */
@ExtendWith(EventTopicsOnFailure.class)
class RealtimeEndToEndTests {

    private static final long VIEW_CHANNEL = 1L << 10;

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    @Test
    void aDirectMessageReachesTheRecipientAndNobodyElse() {
        User a = api.register("dm_a");
        User b = api.register("dm_b");
        User c = api.register("dm_c");
        WsClient sb = sockets.identified(b);
        WsClient sc = sockets.identified(c);
        String ab = api.conversation(a, b);

        String content = unique("hello b");
        api.sendDm(a, ab, content);

        JsonNode delivered = sb.awaitDispatch("DM_MESSAGE_CREATE", d -> content.equals(d.path("content").asString()));
        assertThat(delivered.path("d").path("conversationId").asString()).isEqualTo(ab);
        assertThat(delivered.path("d").path("senderId").asString()).isEqualTo(a.id());
        assertThat(delivered.path("s").asLong()).isPositive();
        assertNeverReceived(sc, a, c, "DM_MESSAGE_CREATE", content);
    }

    @Test
    void aChannelMessageReachesMembersWhoMayViewTheChannelOnly() {
        User owner = api.register("ch_owner");
        User viewer = api.register("ch_viewer");
        User denied = api.register("ch_denied");
        User outsider = api.register("ch_outsider");
        String server = api.createServer(owner, "e2e channels");
        String channel = api.firstChannel(owner, server);
        api.join(owner, server, viewer);
        api.join(owner, server, denied);
        api.denyOnChannel(owner, server, channel, denied, VIEW_CHANNEL);
        WsClient sv = sockets.identified(viewer);
        WsClient sd = sockets.identified(denied);
        WsClient so = sockets.identified(outsider);

        String content = unique("for viewers");
        api.sendChannelMessage(owner, server, channel, content);

        JsonNode delivered = sv.awaitDispatch("MESSAGE_CREATE", d -> content.equals(d.path("content").asString()));
        assertThat(delivered.path("d").path("channelId").asString()).isEqualTo(channel);
        assertNeverReceived(sd, owner, denied, "MESSAGE_CREATE", content);
        assertNeverReceived(so, owner, outsider, "MESSAGE_CREATE", content);
    }

    @Test
    void aKickedMemberStopsReceivingTheServersEvents() {
        User owner = api.register("kick_owner");
        User stays = api.register("kick_stays");
        User kicked = api.register("kick_kicked");
        String server = api.createServer(owner, "e2e kick");
        String channel = api.firstChannel(owner, server);
        api.join(owner, server, stays);
        api.join(owner, server, kicked);
        WsClient ss = sockets.identified(stays);
        WsClient sk = sockets.identified(kicked);
        String before = unique("before the kick");
        api.sendChannelMessage(owner, server, channel, before);
        sk.awaitDispatch("MESSAGE_CREATE", d -> before.equals(d.path("content").asString()));

        api.kick(owner, server, kicked);
        sk.awaitDispatch("SERVER_DELETE", d -> server.equals(d.path("id").asString()));
        String after = unique("after the kick");
        api.sendChannelMessage(owner, server, channel, after);

        ss.awaitDispatch("MESSAGE_CREATE", d -> after.equals(d.path("content").asString()));
        assertNeverReceived(sk, owner, kicked, "MESSAGE_CREATE", after);
    }

    @Test
    void resumeAfterADroppedSocketReplaysExactlyTheMissedEventsInOrder() {
        User a = api.register("resume_a");
        User b = api.register("resume_b");
        String ab = api.conversation(a, b);
        WsClient first = sockets.identified(b);
        String sessionId = first.frames.stream().filter(f -> "READY".equals(f.path("t").asString())).findFirst()
                .orElseThrow().path("d").path("sessionId").asString();
        String seen = unique("seen");
        api.sendDm(a, ab, seen);
        first.awaitDispatch("DM_MESSAGE_CREATE", d -> seen.equals(d.path("content").asString()));
        long seenSeq = first.lastSeq();
        first.abort();

        // b's other device proves the three were routed (to every session of b, the dropped one's buffer included)
        WsClient otherDevice = sockets.identified(b);
        List<String> missed = List.of(unique("missed 1"), unique("missed 2"), unique("missed 3"));
        missed.forEach(content -> api.sendDm(a, ab, content));
        otherDevice.awaitDispatch("DM_MESSAGE_CREATE", d -> missed.get(2).equals(d.path("content").asString()));

        WsClient again = sockets.connect(fleet.gatewaySocket());
        again.awaitOp("HELLO");
        again.resume(b.token(), sessionId, seenSeq);
        JsonNode resumed = again.awaitOp("RESUMED");

        List<JsonNode> replayed = again.frames.stream().takeWhile(f -> f != resumed)
                .filter(f -> "DISPATCH".equals(f.path("op").asString())).toList();
        assertThat(replayed).extracting(f -> f.path("d").path("content").asString()).containsExactlyElementsOf(missed);
        assertThat(replayed).extracting(f -> f.path("s").asLong()).containsExactly(seenSeq + 1, seenSeq + 2, seenSeq + 3);
    }

    @Test
    void withTwoReplicasMessagesAndTypingCrossFromOneToTheOther() {
        User a = api.register("replica_a");
        User b = api.register("replica_b");
        String ab = api.conversation(a, b);
        WsClient onReplica1 = sockets.identified(a, fleet.replicaSocket(1));
        WsClient onReplica2 = sockets.identified(b, fleet.replicaSocket(2));

        String toB = unique("to replica 2");
        api.sendDm(a, ab, toB);
        onReplica2.awaitDispatch("DM_MESSAGE_CREATE", d -> toB.equals(d.path("content").asString()));
        String toA = unique("to replica 1");
        api.sendDm(b, ab, toA);
        onReplica1.awaitDispatch("DM_MESSAGE_CREATE", d -> toA.equals(d.path("content").asString()));

        // typing goes replica to replica through Redis pub/sub, not Kafka
        onReplica1.send("{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"" + ab + "\"}}");
        JsonNode typing = onReplica2.awaitDispatch("TYPING_START", d -> a.id().equals(d.path("userId").asString()));
        assertThat(typing.path("d").path("conversationId").asString()).isEqualTo(ab);
    }

    @Test
    void typingInAConversationReachesTheOtherParticipant() {
        User a = api.register("typing_a");
        User b = api.register("typing_b");
        String ab = api.conversation(a, b);
        WsClient sa = sockets.identified(a);
        WsClient sb = sockets.identified(b);

        sa.send("{\"op\":\"TYPING\",\"d\":{\"conversationId\":\"" + ab + "\"}}");

        JsonNode typing = sb.awaitDispatch("TYPING_START", d -> a.id().equals(d.path("userId").asString()));
        assertThat(typing.path("d").path("conversationId").asString()).isEqualTo(ab);
        assertThat(sa.hasDispatch("TYPING_START", d -> a.id().equals(d.path("userId").asString()))).isFalse();
    }

    @Test
    void presenceGoesOfflineAfterTheLastSocketCloses() {
        User owner = api.register("presence_owner");
        User watcher = api.register("presence_watcher");
        User a = api.register("presence_a");
        String server = api.createServer(owner, "e2e presence");
        api.join(owner, server, watcher);
        api.join(owner, server, a);
        WsClient sw = sockets.identified(watcher);
        WsClient laptop = sockets.identified(a);
        sw.awaitDispatch("PRESENCE_UPDATE", d -> a.id().equals(d.path("userId").asString())
                && "online".equals(d.path("status").asString()));
        WsClient phone = sockets.identified(a, fleet.replicaSocket(2));

        laptop.close();
        // still online on the phone: a marker from a co-member shows nothing was broadcast in between
        String marker = unique("marker");
        api.sendChannelMessage(owner, server, api.firstChannel(owner, server), marker);
        sw.awaitDispatch("MESSAGE_CREATE", d -> marker.equals(d.path("content").asString()));
        assertThat(sw.hasDispatch("PRESENCE_UPDATE", d -> a.id().equals(d.path("userId").asString())
                && "offline".equals(d.path("status").asString()))).isFalse();

        phone.close();
        sw.awaitDispatch("PRESENCE_UPDATE", d -> a.id().equals(d.path("userId").asString())
                && "offline".equals(d.path("status").asString()));
    }

    @Test
    void aNewPostReachesTheAuthorsFollowersButNotWhomTheAudienceExcludes() {
        User author = api.register("post_author");
        User follower = api.register("post_follower");
        User stranger = api.register("post_stranger");
        WsClient sa = sockets.identified(author);
        WsClient sf = sockets.identified(follower);
        WsClient ss = sockets.identified(stranger);
        api.follow(follower, author);
        // the follow (auth's topic) and the post (feed's topic) are not ordered with each other: wait for the follow
        sf.awaitDispatch("RELATIONSHIP_ADD", d -> author.id().equals(d.path("userId").asString()));

        String friendsOnly = unique("friends only");
        api.post(author, friendsOnly, "friends");
        // the author's own devices get every post of theirs: once it is here, it was routed to everyone it will be
        sa.awaitDispatch("POST_CREATE", d -> friendsOnly.equals(d.path("content").asString()));
        String everyone = unique("for everyone");
        String postId = api.post(author, everyone, "public");

        JsonNode delivered = sf.awaitDispatch("POST_CREATE", d -> everyone.equals(d.path("content").asString()));
        assertThat(delivered.path("d").path("id").asString()).isEqualTo(postId);
        assertThat(delivered.path("d").path("author").path("id").asString()).isEqualTo(author.id());
        assertThat(sf.hasDispatch("POST_CREATE", d -> friendsOnly.equals(d.path("content").asString()))).isFalse();
        assertNeverReceived(ss, author, stranger, "POST_CREATE", everyone);
    }

    @Test
    void aSocketClosesWhenItsSessionIsLoggedOut() {
        User a = api.register("logout_a");
        WsClient socket = sockets.identified(a);

        api.logout(a);

        assertThat(socket.awaitClose()).isEqualTo(4004);
        assertThat(socket.closeReason).isEqualTo("Session revoked");
    }

    @Test
    void aForgedTokenIsRefusedAtIdentify() {
        User a = api.register("forged_a");
        String[] parts = a.token().split("\\.");
        // same header and signature, another user in the claims: the signature no longer matches
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"1\",\"iss\":\"https://xcord.local\",\"aud\":\"xcord\",\"exp\":4102444800}")
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        WsClient socket = sockets.connect(fleet.gatewaySocket());
        socket.awaitOp("HELLO");

        socket.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + forged + "\"}}");

        assertThat(socket.awaitClose()).isEqualTo(4004);
        assertThat(socket.dispatches("READY")).isEmpty();
    }

    /**
     * Asserts {@code socket} (of {@code recipient}) never got a {@code type} dispatch with {@code content}:
     * a DM from {@code markerSender} is sent after it and awaited first.
     */
    private void assertNeverReceived(WsClient socket, User markerSender, User recipient, String type, String content) {
        String marker = unique("marker");
        api.sendDm(markerSender, api.conversation(markerSender, recipient), marker);
        socket.awaitDispatch("DM_MESSAGE_CREATE", d -> marker.equals(d.path("content").asString()));
        assertThat(socket.hasDispatch(type, d -> content.equals(d.path("content").asString())))
                .as("%s with %s reached a socket that may not see it", type, content).isFalse();
    }
}
