package com.xcord.realtime;

import static com.xcord.realtime.FeedRoutingTests.assertNotReceived;
import static com.xcord.realtime.FeedRoutingTests.follow;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SUBSCRIBE / UNSUBSCRIBE to opt-in streams: a profile's posts reach the sessions watching it. Every
 * SUBSCRIBE is followed by {@link WsClient#sync()}, so the server has handled it before the post is published.
 */
class SubscribeTests extends RealtimeTestBase {

    @Test
    void aProfileSubscriptionDeliversThatProfilesPostsToThatSessionUntilUnsubscribe() {
        String author = World.user("author");
        String viewer = World.user("viewer");
        WsClient watching = online(viewer);
        WsClient otherDevice = online(viewer);
        watching.subscribe("profile", author);
        watching.sync();

        String first = World.post(author, "public");
        watching.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(first));
        // the subscription is the session's, not the user's
        assertNotReceived(otherDevice, viewer, "POST_CREATE", first);

        watching.unsubscribe("profile", author);
        watching.sync();
        String second = World.post(author, "public");
        assertNotReceived(watching, viewer, "POST_CREATE", second);
    }

    @Test
    void aFollowerWatchingTheProfileGetsEachPostOnce() {
        String author = World.user("author");
        String follower = World.user("follower");
        WsClient sf = online(follower);
        follow(sf, follower, author);
        sf.subscribe("profile", author);
        sf.sync();

        String post = World.post(author, "public");
        String marker = World.postMarker(post, follower);

        sf.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(marker));
        assertThat(sf.dispatches("POST_CREATE")).filteredOn(f -> text(f.path("d"), "id").equals(post)).hasSize(1);
    }

    @Test
    void aProfileSubscriptionDoesNotShowAFriendsOnlyPostToANonFriend() {
        String author = World.user("author");
        String viewer = World.user("viewer");
        WsClient sv = online(viewer);
        sv.subscribe("profile", author);
        sv.sync();

        String post = World.post(author, "friends");

        assertNotReceived(sv, viewer, "POST_CREATE", post);
    }

    @Test
    void subscribesBeyond50PerSessionAreIgnored() {
        String author = World.user("author");
        String viewer = World.user("viewer");
        WsClient sv = online(viewer);
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            others.add(Long.toString(Events.newId()));
            sv.subscribe("profile", others.get(i));
        }
        sv.subscribe("profile", author);
        sv.sync();

        String ignored = World.post(author, "public");
        assertNotReceived(sv, viewer, "POST_CREATE", ignored);

        // one freed slot takes the next SUBSCRIBE
        sv.unsubscribe("profile", others.get(0));
        sv.subscribe("profile", author);
        sv.sync();
        String delivered = World.post(author, "public");
        sv.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(delivered));
        assertThat(sv.closeCode).isNotDone();
    }

    @Test
    void unknownStreamTypesAreIgnored() {
        WsClient c = online(World.user("early-adopter"));
        c.subscribe("live", "123");
        c.unsubscribe("live", "123");
        c.sync();
        assertThat(c.closeCode).isNotDone();
    }

    @Test
    void aSubscribeWithoutAStringStreamAndIdClosesWith4002() {
        for (String d : new String[] {"{\"stream\":\"profile\"}", "{\"stream\":\"profile\",\"id\":42}",
                "{\"stream\":\"profile\",\"id\":\"\"}", "{\"id\":\"42\"}", "null"}) {
            WsClient c = online(World.user("sloppy"));
            c.send("{\"op\":\"SUBSCRIBE\",\"d\":" + d + "}");
            assertThat(c.awaitClose()).as(d).isEqualTo(4002);
        }
    }

    @Test
    void subscribingBeforeIdentifyClosesWith4003() {
        WsClient c = connect();
        c.subscribe("profile", "1");
        assertThat(c.awaitClose()).isEqualTo(4003);
    }

    @Test
    void aSubscriptionSurvivesAResumeOnTheSameReplicaAndWhatItDeliveredMeanwhileIsReplayed() {
        String author = World.user("author");
        String viewer = World.user("viewer");
        WsClient sa = online(author);
        WsClient sv = connect();
        String sessionId = text(sv.identify(token(viewer)), "sessionId");
        sv.subscribe("profile", author);
        sv.sync();
        long seenSeq = sv.lastSeq();

        sv.abort();
        String missed = World.post(author, "public");
        // the routing step that reached the author's socket buffered it for the viewer's session
        sa.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(missed));

        WsClient again = connect();
        again.awaitOp("HELLO");
        again.resume(token(viewer), sessionId, seenSeq);
        JsonNode resumed = again.awaitOp("RESUMED");
        JsonNode replayed = again.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(missed));
        assertThat(again.frames.indexOf(replayed)).isLessThan(again.frames.indexOf(resumed));

        String next = World.post(author, "public");
        again.awaitDispatch("POST_CREATE", p -> text(p, "id").equals(next));
    }
}
