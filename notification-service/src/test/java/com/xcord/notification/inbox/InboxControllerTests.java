package com.xcord.notification.inbox;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.notification.NotificationEvents;
import com.xcord.events.notification.NotificationRemoved;
import com.xcord.events.notification.NotificationsRead;
import com.xcord.notification.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The inbox's endpoints, through HTTP, on notifications made from real events. */
class InboxControllerTests extends IntegrationTest {

    /** {@code n} likes of one post of {@code author}, by {@code n} users, awaited; the notifications, newest first. */
    private List<JsonNode> liked(long author, int n) {
        long post = world.post();
        for (int i = 0; i < n; i++) {
            world.like(post, author, world.user());
        }
        return notifications.awaitCount(author, n);
    }

    @Nested
    class List_ {

        @Test
        void newestFirstPagedByBefore() {
            long author = world.user();
            List<JsonNode> all = liked(author, 3);

            Api.Response first = api.get("/api/v1/notifications?limit=2").as(author).send();

            assertThat(first.status()).isEqualTo(200);
            assertThat(first.body().path("items")).hasSize(2);
            String cursor = first.text("nextCursor");
            assertThat(cursor).isEqualTo(all.get(1).path("id").asString());
            Api.Response second = api.get("/api/v1/notifications?limit=2&before=" + cursor).as(author).send();
            assertThat(second.body().path("items")).hasSize(1);
            assertThat(second.body().path("items").get(0).path("id").asString())
                    .isEqualTo(all.get(2).path("id").asString());
            assertThat(second.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void unreadOnlyLeavesTheReadOut() {
            long author = world.user();
            List<JsonNode> all = liked(author, 2);
            api.post("/api/v1/notifications/" + all.get(0).path("id").asString() + "/read").as(author).send();

            Api.Response unread = api.get("/api/v1/notifications?unread=true").as(author).send();

            assertThat(unread.body().path("items")).singleElement()
                    .satisfies(n -> assertThat(n.path("id").asString()).isEqualTo(all.get(1).path("id").asString()));
        }

        @Test
        void groupedIsOneLinePerGroup() {
            long author = world.user();
            liked(author, 3);

            Api.Response grouped = api.get("/api/v1/notifications?grouped=true").as(author).send();

            assertThat(grouped.status()).isEqualTo(200);
            assertThat(grouped.body().path("items")).singleElement().satisfies(g -> {
                assertThat(g.path("count").asInt()).isEqualTo(3);
                assertThat(g.path("sampleActors")).hasSize(3);
                assertThat(g.path("type").asString()).isEqualTo("like");
            });
        }

        @Test
        void badInputIsAProblem() {
            long user = world.user();
            assertProblem(api.get("/api/v1/notifications?limit=0").as(user).send(), 400);
            assertProblem(api.get("/api/v1/notifications?grouped=maybe").as(user).send(), 400);
        }

        @Test
        void pagingForwardIsRefused() {
            Api.Response response = api.get("/api/v1/notifications?after=5").as(world.user()).send();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.raw()).contains("after");
        }

        @Test
        void needsAToken() {
            assertThat(api.get("/api/v1/notifications").send().status()).isEqualTo(401);
            assertThat(api.get("/api/v1/notifications").token(TestTokens.expired(1)).send().status()).isEqualTo(401);
        }

        @Test
        void showsOnlyYourOwn() {
            long author = world.user();
            liked(author, 1);
            assertThat(notifications.of(world.user())).isEmpty();
        }
    }

    @Nested
    class UnreadCount {

        @Test
        void countsTheUnreadExactlyAndCapsTheBadge() {
            long author = world.user();
            liked(author, 2);

            Api.Response count = api.get("/api/v1/notifications/unread-count").as(author).send();

            assertThat(count.status()).isEqualTo(200);
            assertThat(count.body().path("unreadCount").asInt()).isEqualTo(2);
            assertThat(count.text("unreadDisplay")).isEqualTo("2");
            assertThat(Views.display(100)).isEqualTo("99+");
            assertThat(Views.display(99)).isEqualTo("99");
        }

        @Test
        void needsAToken() {
            assertThat(api.get("/api/v1/notifications/unread-count").send().status()).isEqualTo(401);
        }
    }

    @Nested
    class Read {

        @Test
        void marksOneReadAndPublishesTheNewCount() {
            long author = world.user();
            List<JsonNode> all = liked(author, 2);
            String id = all.get(0).path("id").asString();
            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.NOTIFICATION)) {
                assertThat(api.post("/api/v1/notifications/" + id + "/read").as(author).send().status())
                        .isEqualTo(204);

                EventEnvelope<NotificationsRead> read = probe.awaitFirst(NotificationEvents.NOTIFICATIONS_READ,
                        r -> r.recipientId().equals(Long.toString(author)));
                assertThat(read.data().notificationIds()).containsExactly(id);
                assertThat(read.data().unreadCount()).isEqualTo(1);
            }
            assertThat(notifications.unread(author)).isEqualTo(1);
            // reading again is fine and changes nothing
            assertThat(api.post("/api/v1/notifications/" + id + "/read").as(author).send().status()).isEqualTo(204);
        }

        @Test
        void someoneElsesIsNotFound() {
            long author = world.user();
            String id = liked(author, 1).get(0).path("id").asString();

            assertProblem(api.post("/api/v1/notifications/" + id + "/read").as(world.user()).send(), 404);
            assertThat(notifications.unread(author)).isEqualTo(1);
        }

        @Test
        void aBadIdIsAProblem() {
            assertProblem(api.post("/api/v1/notifications/abc/read").as(world.user()).send(), 400);
        }

        @Test
        void needsAToken() {
            assertThat(api.post("/api/v1/notifications/1/read").send().status()).isEqualTo(401);
        }
    }

    @Nested
    class ReadAll {

        @Test
        void zeroesTheCountAndPublishesIt() {
            long author = world.user();
            liked(author, 3);
            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.NOTIFICATION)) {
                assertThat(api.post("/api/v1/notifications/read-all").as(author).send().status()).isEqualTo(204);

                EventEnvelope<NotificationsRead> read = probe.awaitFirst(NotificationEvents.NOTIFICATIONS_READ,
                        r -> r.recipientId().equals(Long.toString(author)));
                assertThat(read.data().all()).isTrue();
                assertThat(read.data().unreadCount()).isZero();
            }
            assertThat(notifications.unread(author)).isZero();
            assertThat(notifications.of(author)).hasSize(3).allSatisfy(n -> assertThat(n.path("read").asBoolean())
                    .isTrue());
        }

        @Test
        void leavesOthersAlone() {
            long author = world.user();
            liked(author, 1);
            api.post("/api/v1/notifications/read-all").as(world.user()).send();
            assertThat(notifications.unread(author)).isEqualTo(1);
        }

        @Test
        void needsAToken() {
            assertThat(api.post("/api/v1/notifications/read-all").send().status()).isEqualTo(401);
        }
    }

    @Nested
    class Delete {

        @Test
        void removesItAndPublishesTheRemoval() {
            long author = world.user();
            String id = liked(author, 1).get(0).path("id").asString();
            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.NOTIFICATION)) {
                assertThat(api.delete("/api/v1/notifications/" + id).as(author).send().status()).isEqualTo(204);

                EventEnvelope<NotificationRemoved> removed = probe.awaitFirst(NotificationEvents.NOTIFICATION_REMOVED,
                        r -> r.notificationId().equals(id));
                assertThat(removed.data().unreadCount()).isZero();
            }
            assertThat(notifications.of(author)).isEmpty();
        }

        @Test
        void someoneElsesIsNotFoundAndStays() {
            long author = world.user();
            String id = liked(author, 1).get(0).path("id").asString();

            assertProblem(api.delete("/api/v1/notifications/" + id).as(world.user()).send(), 404);
            assertThat(notifications.of(author)).hasSize(1);
        }

        @Test
        void needsAToken() {
            assertThat(api.delete("/api/v1/notifications/1").send().status()).isEqualTo(401);
        }
    }
}
