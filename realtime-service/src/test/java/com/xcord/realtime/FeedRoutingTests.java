package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.events.auth.RelationshipKind;
import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import com.xcord.realtime.session.SessionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Who receives the feed's POST_CREATE and POST_DELETE, driven by feed-service's and auth-service's real
 * events. Relationships and memberships are awaited on a socket of the user concerned before the post is
 * published, so the projection has them. "Does not receive" uses a marker: a post by the user who must not
 * receive, published under the same key (same partition, handled after it); its author always gets it.
 */
class FeedRoutingTests extends RealtimeTestBase {

    @Test
    void aPublicPostReachesTheAuthorsFollowersAndTheAuthorsOtherDevicesOnly() {
        String author = World.user("author");
        String follower = World.user("follower");
        String stranger = World.user("stranger");
        WsClient laptop = online(author);
        WsClient phone = online(author);
        WsClient sf = online(follower);
        WsClient ss = online(stranger);
        follow(sf, follower, author);

        String post = World.post(author, "public", null, "hello followers");

        JsonNode d = sf.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post)).path("d");
        assertThat(text(d.path("author"), "id")).isEqualTo(author);
        assertThat(text(d, "content")).isEqualTo("hello followers");
        assertThat(text(d, "visibility")).isEqualTo("public");
        laptop.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));
        phone.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));
        assertNotReceived(ss, stranger, "POST_CREATE", post);
    }

    @Test
    void anUnfollowStopsTheAuthorsPosts() {
        String author = World.user("author");
        String follower = World.user("follower");
        WsClient sf = online(follower);
        follow(sf, follower, author);
        String before = World.post(author, "public");
        sf.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(before));

        World.relationship(follower, author, RelationshipKind.FOLLOW, false);
        sf.awaitDispatch("RELATIONSHIP_REMOVE", r -> text(r, "type").equals("following"));
        String after = World.post(author, "public");
        assertNotReceived(sf, follower, "POST_CREATE", after);
    }

    @Test
    void aFriendsOnlyPostReachesTheAuthorsFriendsOnly() {
        String author = World.user("author");
        String friendWhoFollows = World.user("friend-follower");
        String friend = World.user("friend");
        String follower = World.user("follower");
        WsClient sff = online(friendWhoFollows);
        WsClient sfr = online(friend);
        WsClient sf = online(follower);
        follow(sff, friendWhoFollows, author);
        befriend(sff, friendWhoFollows, author);
        befriend(sfr, friend, author);
        follow(sf, follower, author);

        String post = World.post(author, "friends");

        sff.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));
        // a friend's posts are in the home timeline without a follow, as feed-service builds it
        sfr.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));
        assertNotReceived(sf, follower, "POST_CREATE", post);
    }

    @Test
    void aServerPostReachesFollowersWhoAreMembersOnly() {
        String author = World.user("author");
        String member = World.user("member");
        String outsider = World.user("outsider");
        WsClient sm = online(member);
        WsClient so = online(outsider);
        follow(sm, member, author);
        follow(so, outsider, author);
        String server = World.server(author);
        World.join(server, member);
        sm.awaitDispatch("SERVER_CREATE", s -> text(s, "id").equals(server));

        String post = World.post(author, "server", server, "members only");

        assertThat(text(sm.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post)).path("d"), "serverId"))
                .isEqualTo(server);
        assertNotReceived(so, outsider, "POST_CREATE", post);
    }

    @Test
    void aBlockEitherWayHidesThePostsEvenFromAProfileSubscriptionUntilItIsLifted() {
        String author = World.user("author");
        String blocker = World.user("blocker");
        String blocked = World.user("blocked");
        WsClient sa = online(author);
        WsClient sBlocker = online(blocker);
        WsClient sBlocked = online(blocked);
        follow(sBlocker, blocker, author);
        follow(sBlocked, blocked, author);
        World.relationship(blocker, author, RelationshipKind.BLOCK, true);
        sBlocker.awaitDispatch("RELATIONSHIP_ADD", r -> text(r, "type").equals("blocked"));
        World.relationship(author, blocked, RelationshipKind.BLOCK, true);
        sa.awaitDispatch("RELATIONSHIP_ADD", r -> text(r, "type").equals("blocked"));
        sBlocked.subscribe("profile", author);
        sBlocked.sync();

        String post = World.post(author, "public");

        sa.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));
        assertNotReceived(sBlocker, blocker, "POST_CREATE", post);
        assertNotReceived(sBlocked, blocked, "POST_CREATE", post);

        World.relationship(blocker, author, RelationshipKind.BLOCK, false);
        sBlocker.awaitDispatch("RELATIONSHIP_REMOVE", r -> text(r, "type").equals("blocked"));
        String later = World.post(author, "public");
        sBlocker.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(later));
    }

    @Test
    void aReplyReachesOnlyItsAuthorSinceItsAudienceIsTheThreadOwnersWhichTheEventDoesNotName() {
        String replier = World.user("replier");
        String follower = World.user("follower");
        WsClient sr = online(replier);
        WsClient sf = online(follower);
        follow(sf, follower, replier);

        String reply = World.reply(replier, Long.toString(Events.newId()), World.user("op"), "a reply");

        sr.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(reply));
        assertNotReceived(sf, follower, "POST_CREATE", reply);
    }

    @Test
    void aDeleteReachesThePostsAudience() {
        String author = World.user("author");
        String friend = World.user("friend");
        String follower = World.user("follower");
        WsClient sa = online(author);
        WsClient sfr = online(friend);
        WsClient sf = online(follower);
        befriend(sfr, friend, author);
        follow(sf, follower, author);
        String post = World.post(author, "friends");
        sfr.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));

        World.deletePost(post, author);

        // POST_DELETE carries the post's id only, as a REST delete would name it
        assertThat(text(sfr.awaitDispatch("POST_DELETE", p -> text(p, "id").equals(post)).path("d"), "id"))
                .isEqualTo(post);
        sa.awaitDispatch("POST_DELETE", p -> text(p, "id").equals(post));
        assertNotReceived(sf, follower, "POST_DELETE", post);
    }

    @Test
    void aDeleteOfAPostWhoseAudienceIsNotKnownReachesOnlyTheAuthor() {
        String author = World.user("author");
        String follower = World.user("follower");
        WsClient sa = online(author);
        WsClient sf = online(follower);
        follow(sf, follower, author);
        // e.g. older than the remembered posts: its visibility is not in the event
        String post = Long.toString(Events.newId());

        World.deletePost(post, author);

        sa.awaitDispatch("POST_DELETE", p -> text(p, "id").equals(post));
        assertNotReceived(sf, follower, "POST_DELETE", post);
    }

    @Test
    void aReplicaStartedLaterRebuildsFollowsAndBlocksFromTheTopics() {
        String author = World.user("author");
        String follower = World.user("follower");
        String blocked = World.user("blocked");
        WsClient sa = online(author);
        follow(online(follower), follower, author);
        follow(online(blocked), blocked, author);
        World.relationship(author, blocked, RelationshipKind.BLOCK, true);
        sa.awaitDispatch("RELATIONSHIP_ADD", r -> text(r, "type").equals("blocked"));

        // everything above is history for this replica: its projection has it from the start-up replay only
        ConfigurableApplicationContext replica = startReplica("replica-replay");
        try {
            WsClient sf = track(WsClient.connect(portOf(replica)));
            sf.identify(token(follower));
            WsClient sb = track(WsClient.connect(portOf(replica)));
            sb.identify(token(blocked));

            String post = World.post(author, "public");

            sf.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(post));
            assertNotReceived(sb, blocked, "POST_CREATE", post);
            sf.close();
            sb.close();
            // no socket left: the replica's shutdown has no session to hand off
            SessionRegistry sessions = replica.getBean(SessionRegistry.class);
            await().until(() -> sessions.connectionCount() == 0);
        } finally {
            replica.close();
        }
    }

    /** The follow is in the projection once the follower's socket got its RELATIONSHIP_ADD. */
    static void follow(WsClient followerSocket, String follower, String followed) {
        World.relationship(follower, followed, RelationshipKind.FOLLOW, true);
        followerSocket.awaitDispatch("RELATIONSHIP_ADD",
                r -> text(r, "type").equals("following") && text(r, "userId").equals(followed));
    }

    static void befriend(WsClient socket, String user, String other) {
        World.friends(user, other);
        socket.awaitDispatch("RELATIONSHIP_ADD",
                r -> text(r, "type").equals("friend") && text(r, "userId").equals(other));
    }

    /** Proves the post's event was routed without reaching this socket: a later post on its partition did. */
    static void assertNotReceived(WsClient socket, String userId, String type, String postId) {
        String marker = World.postMarker(postId, userId);
        socket.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(marker));
        assertThat(socket.hasDispatch(type, p -> text(p, "id").equals(postId))).isFalse();
    }
}
