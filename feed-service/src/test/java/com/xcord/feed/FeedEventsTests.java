package com.xcord.feed;

import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostCreatedV2;
import com.xcord.events.feed.PostMentioned;
import com.xcord.events.feed.PostReplied;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.EventProbe.Received;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** Each state change puts exactly one event of the right type on {@code xcord.feed.events}, keyed by the post. */
class FeedEventsTests extends IntegrationTest {

    private static final Duration SETTLE = Duration.ofSeconds(2);

    /** The events about this post. */
    private static Predicate<Received> about(String subject) {
        return r -> subject.equals(r.event().subject());
    }

    private static List<String> types(List<Received> events) {
        return events.stream().map(r -> r.event().type()).toList();
    }

    private static long countOf(List<Received> events, EventType<?> type) {
        return events.stream().filter(r -> r.event().is(type)).count();
    }

    @Test
    void everyStateChangePublishesExactlyOneEventOfItsType() {
        World.User bob = world.registered("bob");
        World.User stranger = world.registered("eve");
        long alice = World.newUserId();
        world.friends(alice, bob.id());
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.FEED)) {
            String root = posts.publicPost(bob.id(), "root");
            // a reply that quotes and mentions two users
            String reply = posts.create(alice, java.util.Map.of("content",
                    "@" + bob.username() + " @" + stranger.username() + " #tag", "replyToId", root,
                    "quoteOfId", posts.publicPost(bob.id(), "quoted")));
            posts.like(alice, root);
            posts.like(alice, root); // no-op: no second event
            api.delete("/api/v1/posts/" + root + "/like").as(alice).send();
            api.delete("/api/v1/posts/" + root + "/like").as(alice).send(); // no-op
            api.post("/api/v1/posts/" + root + "/repost").as(alice).send();
            api.post("/api/v1/posts/" + root + "/repost").as(alice).send(); // no-op
            api.delete("/api/v1/posts/" + root + "/repost").as(alice).send();
            api.post("/api/v1/posts/" + root + "/bookmark").as(alice).send(); // private: no event
            posts.delete(alice, reply);

            List<Received> aboutRoot = probe.settle(SETTLE, about(root));
            List<Received> aboutReply = probe.received(about(reply));

            assertThat(types(aboutRoot)).containsExactly("post.created", "post.liked", "post.unliked",
                    "post.reposted", "post.unreposted");
            assertThat(types(aboutReply)).containsExactlyInAnyOrder("post.created", "post.replied", "post.quoted",
                    "post.mentioned", "post.mentioned", "post.deleted");
            assertThat(countOf(aboutReply, FeedEvents.POST_MENTIONED)).isEqualTo(2);
            assertThat(aboutRoot).allMatch(r -> r.key().equals(root));
            assertThat(aboutReply).allMatch(r -> r.key().equals(reply));

            // version 2: the media as media objects
            PostCreatedV2 created = aboutReply.stream().filter(r -> r.event().is(FeedEvents.POST_CREATED_V2))
                    .findFirst().orElseThrow().event().dataAs(FeedEvents.POST_CREATED_V2);
            assertThat(created.authorId()).isEqualTo(Long.toString(alice));
            assertThat(created.replyToAuthorId()).isEqualTo(Long.toString(bob.id()));
            assertThat(created.visibility()).isEqualTo("public");
            assertThat(created.mentionedUserIds()).containsExactlyInAnyOrder(Long.toString(bob.id()),
                    Long.toString(stranger.id()));
            assertThat(created.hashtags()).containsExactly("tag");
            PostReplied replied = aboutReply.stream().filter(r -> r.event().is(FeedEvents.POST_REPLIED)).findFirst()
                    .orElseThrow().event().dataAs(FeedEvents.POST_REPLIED);
            assertThat(replied.parentAuthorId()).isEqualTo(Long.toString(bob.id()));
            assertThat(aboutReply.stream().filter(r -> r.event().is(FeedEvents.POST_MENTIONED))
                    .map(r -> r.event().dataAs(FeedEvents.POST_MENTIONED))
                    .map(PostMentioned::mentionedUserId))
                    .containsExactlyInAnyOrder(Long.toString(bob.id()), Long.toString(stranger.id()));
        }
    }

    @Test
    void aMentionedUserWhoMayNotSeeThePostIsNotNotified() {
        World.User friend = world.registered("frank");
        World.User outsider = world.registered("olga");
        long alice = World.newUserId();
        world.friends(alice, friend.id());
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.FEED)) {
            String post = posts.create(alice, java.util.Map.of("content",
                    "@" + friend.username() + " @" + outsider.username(), "visibility", "friends"));

            List<Received> events = probe.settle(SETTLE, about(post));

            assertThat(events.stream().filter(r -> r.event().is(FeedEvents.POST_MENTIONED))
                    .map(r -> r.event().dataAs(FeedEvents.POST_MENTIONED).mentionedUserId()))
                    .containsExactly(Long.toString(friend.id()));
        }
    }

    @Test
    void aFailedRequestPublishesNothing() {
        long alice = World.newUserId();
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.FEED)) {
            assertThat(api.post("/api/v1/posts").as(alice).json(java.util.Map.of("content", "")).send().status())
                    .isEqualTo(400);
            List<Received> all = probe.settle(Duration.ofMillis(800), r -> true);
            assertThat(all).noneMatch(r -> String.valueOf(r.event().data()).contains(Long.toString(alice)));
        }
    }
}
