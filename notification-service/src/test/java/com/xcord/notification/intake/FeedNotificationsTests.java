package com.xcord.notification.intake;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.feed.FeedEvents;
import com.xcord.events.feed.PostLiked;
import com.xcord.events.notification.NotificationCreated;
import com.xcord.events.notification.NotificationEvents;
import com.xcord.events.notification.NotificationRemoved;
import com.xcord.notification.support.IntegrationTest;
import com.xcord.servicekit.test.EventProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

import static com.xcord.notification.support.Notifications.about;
import static com.xcord.notification.support.Notifications.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** feed-service's events on Kafka become notifications with the right actor and subject, and undo takes them back. */
class FeedNotificationsTests extends IntegrationTest {

    @Test
    void aLikeNotifiesThePostsAuthorWithTheLikerAsActorAndPublishesIt() {
        long author = world.user();
        long fan = world.user();
        long post = world.post();
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.NOTIFICATION)) {
            world.like(post, author, fan);

            JsonNode like = notifications.await(author, ofType("like"));
            assertThat(like.path("actor").path("id").asString()).isEqualTo(Long.toString(fan));
            assertThat(like.path("subject").path("type").asString()).isEqualTo("post");
            assertThat(like.path("subject").path("id").asString()).isEqualTo(Long.toString(post));
            assertThat(like.path("read").asBoolean()).isFalse();

            EventEnvelope<NotificationCreated> created = probe.awaitFirst(NotificationEvents.NOTIFICATION_CREATED,
                    c -> c.recipientId().equals(Long.toString(author)));
            assertThat(created.subject()).isEqualTo(Long.toString(author));
            assertThat(created.source()).isEqualTo("notification-service");
            assertThat(created.data().notificationId()).isEqualTo(like.path("id").asString());
            assertThat(created.data().type()).isEqualTo("like");
            assertThat(created.data().actorId()).isEqualTo(Long.toString(fan));
            assertThat(created.data().groupCount()).isEqualTo(1);
            assertThat(created.data().unreadCount()).isEqualTo(1);
        }
    }

    @Test
    void repliesQuotesRepostsAndMentionsNotifyWithTheirSubject() {
        long author = world.user();
        long other = world.user();
        long post = world.post();
        long reply = world.reply(post, author, other, "nice one");
        long quote = world.quote(post, author, other, "look at this");
        world.repost(post, author, other);
        long mentioning = world.post();
        world.mentionInPost(mentioning, other, author, "hi @author");

        JsonNode r = notifications.await(author, ofType("reply"));
        assertThat(r.path("subject").path("id").asString()).isEqualTo(Long.toString(reply));
        assertThat(r.path("subject").path("excerpt").asString()).isEqualTo("nice one");
        assertThat(notifications.await(author, ofType("quote")).path("subject").path("id").asString())
                .isEqualTo(Long.toString(quote));
        assertThat(notifications.await(author, ofType("repost")).path("subject").path("id").asString())
                .isEqualTo(Long.toString(post));
        JsonNode mention = notifications.await(author, ofType("mention"));
        assertThat(mention.path("subject").path("id").asString()).isEqualTo(Long.toString(mentioning));
        assertThat(mention.path("actor").path("id").asString()).isEqualTo(Long.toString(other));
    }

    @Test
    void likingYourOwnPostNotifiesNobody() {
        long author = world.user();
        long fan = world.user();
        long post = world.post();
        world.like(post, author, author);
        world.like(post, author, fan);

        // both on the post's partition, in order: once the second is applied, the first was too
        notifications.await(author, ofType("like"));
        assertThat(notifications.of(author)).hasSize(1)
                .allSatisfy(n -> assertThat(n.path("actor").path("id").asString()).isEqualTo(Long.toString(fan)));
    }

    @Test
    void nobodyIsNotifiedAcrossABlockEitherWay() {
        long author = world.user();
        long blocked = world.user();
        long blocker = world.user();
        long fan = world.user();
        world.block(author, blocked);
        world.block(blocker, author);
        long post = world.post();
        world.like(post, author, blocked);
        world.like(post, author, blocker);
        world.like(post, author, fan);

        notifications.await(author, ofType("like"));
        assertThat(notifications.grouped(author)).singleElement()
                .satisfies(g -> assertThat(g.path("count").asInt()).isEqualTo(1));
    }

    @Test
    void aBlockTakesBackWhatTheOtherCaused() {
        long author = world.user();
        long troll = world.user();
        long post = world.post();
        world.like(post, author, troll);
        notifications.await(author, ofType("like"));

        world.block(author, troll);

        notifications.awaitCount(author, 0);
        assertThat(notifications.unread(author)).isZero();
    }

    @Test
    void anUnlikeOrUnRepostRemovesTheNotification() {
        long author = world.user();
        long fan = world.user();
        long post = world.post();
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.NOTIFICATION)) {
            world.like(post, author, fan);
            world.repost(post, author, fan);
            notifications.awaitCount(author, 2);

            world.unlike(post, author, fan);
            world.unrepost(post, author, fan);

            notifications.awaitCount(author, 0);
            assertThat(notifications.unread(author)).isZero();
            EventEnvelope<NotificationRemoved> removed = probe.awaitFirst(NotificationEvents.NOTIFICATION_REMOVED,
                    r -> r.recipientId().equals(Long.toString(author)));
            assertThat(removed.data().groupCount()).isZero();
        }
    }

    @Test
    void aDeletedPostTakesItsNotificationsAlongReadOrNot() {
        long author = world.user();
        long post = world.post();
        List<Long> fans = List.of(world.user(), world.user());
        world.like(post, author, fans.get(0));
        JsonNode first = notifications.await(author, ofType("like"));
        assertThat(api.post("/api/v1/notifications/" + first.path("id").asString() + "/read").as(author).send()
                .status()).isEqualTo(204);
        world.like(post, author, fans.get(1));
        notifications.awaitCount(author, 2);

        world.deletePost(post, author);

        notifications.awaitCount(author, 0);
        // the read one was seen: kept, but gone from the list; the unread one never happened
        assertThat(count("SELECT count(*) FROM notification WHERE recipient_id = ? AND gone", author)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM notification WHERE recipient_id = ?", author)).isEqualTo(1);
    }

    @Test
    void theSameEventDeliveredTwiceCreatesOneNotification() {
        long author = world.user();
        long fan = world.user();
        long other = world.user();
        long post = world.post();
        EventEnvelope<PostLiked> like = world.events().publish(FeedEvents.POST_LIKED, Long.toString(post),
                new PostLiked(Long.toString(post), Long.toString(author), Long.toString(fan), Instant.now()));
        world.events().publish(like, Topics.FEED);
        // and the same like published again as a new event (a producer retry after a lost ack): still one
        world.like(post, author, fan);
        world.like(post, author, other);

        notifications.await(author, n -> n.path("actor").path("id").asString().equals(Long.toString(other)));
        assertThat(notifications.of(author)).hasSize(2);
        assertThat(notifications.unread(author)).isEqualTo(2);
    }

    @Test
    void threeLikesOnAPostAreOneGroupOfThreeAndAFourthJoinsIt() {
        long author = world.user();
        long post = world.post();
        long otherPost = world.post();
        List<Long> fans = List.of(world.user(), world.user(), world.user(), world.user());
        for (int i = 0; i < 3; i++) {
            world.like(post, author, fans.get(i));
        }
        world.like(otherPost, author, fans.get(0));
        notifications.awaitCount(author, 4);

        List<JsonNode> groups = notifications.grouped(author);
        assertThat(groups).hasSize(2);
        JsonNode likes = groups.stream().filter(about(post)).findFirst().orElseThrow();
        assertThat(likes.path("type").asString()).isEqualTo("like");
        assertThat(likes.path("count").asInt()).isEqualTo(3);
        assertThat(likes.path("sampleActors").valueStream().map(a -> a.path("id").asString()))
                .containsExactly(Long.toString(fans.get(2)), Long.toString(fans.get(1)), Long.toString(fans.get(0)));
        assertThat(likes.path("read").asBoolean()).isFalse();

        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.NOTIFICATION)) {
            world.like(post, author, fans.get(3));

            EventEnvelope<NotificationCreated> fourth = probe.awaitFirst(NotificationEvents.NOTIFICATION_CREATED,
                    c -> c.actorId().equals(Long.toString(fans.get(3))));
            assertThat(fourth.data().groupKey()).isEqualTo(likes.path("groupKey").asString());
            assertThat(fourth.data().groupCount()).isEqualTo(4);
            assertThat(fourth.data().sampleActorIds()).containsExactly(Long.toString(fans.get(3)),
                    Long.toString(fans.get(2)), Long.toString(fans.get(1)));
        }
        JsonNode grown = notifications.grouped(author).stream().filter(about(post)).findFirst().orElseThrow();
        assertThat(grown.path("count").asInt()).isEqualTo(4);
        assertThat(notifications.grouped(author)).hasSize(2);
    }

    @Test
    void mentionsAndRepliesAreNeverGrouped() {
        long author = world.user();
        long post = world.post();
        world.reply(post, author, world.user(), "one");
        world.reply(post, author, world.user(), "two");
        notifications.awaitCount(author, 2);

        assertThat(notifications.grouped(author)).hasSize(2)
                .allSatisfy(g -> assertThat(g.path("count").asInt()).isEqualTo(1));
    }
}
