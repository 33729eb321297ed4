package com.xcord.feed.post;

import com.xcord.servicekit.test.Api;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertFieldErrors;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class PostControllerTests extends IntegrationTest {

    private long postsBy(long author) {
        return count("SELECT count(*) FROM posts WHERE author_id = ?", author);
    }

    @Nested
    class CreatePost {

        @Test
        void storesThePostWithMentionsAndHashtags() {
            World.User bob = world.registered("bob");
            long alice = World.newUserId();

            Api.Response response = api.post("/api/v1/posts").as(alice)
                    .json(Map.of("content", "hi @" + bob.username() + " and @nobody_here #XCord #rust"))
                    .send();

            assertThat(response.status()).as(response.raw()).isEqualTo(201);
            assertThat(response.header("Location")).isEqualTo("/api/v1/posts/" + response.text("id"));
            assertThat(response.body().path("author").path("id").asString()).isEqualTo(Long.toString(alice));
            assertThat(response.text("visibility")).isEqualTo("public");
            assertThat(response.body().path("mentionIds").valueStream().map(n -> n.asString()))
                    .containsExactly(Long.toString(bob.id()));
            assertThat(response.body().path("hashtags").valueStream().map(n -> n.asString()))
                    .containsExactly("xcord", "rust");
            assertThat(response.body().path("likeCount").asLong()).isZero();
            assertThat(response.body().path("liked").asBoolean()).isFalse();
            assertThat(postsBy(alice)).isEqualTo(1);
        }

        @Test
        void mediaWithoutText() {
            long alice = World.newUserId();
            List<String> media = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                media.add(media().readyImage(alice).id());
            }
            String id = posts.withMedia(alice, media);

            Api.Response post = posts.get(alice, id);
            assertThat(post.body().path("post").path("mediaIds").size()).isEqualTo(4);
            assertThat(post.body().path("post").path("content").isNull()).isTrue();
        }

        @Test
        void fiveHundredCharactersIsTheLimit() {
            long alice = World.newUserId();
            posts.publicPost(alice, "é".repeat(500));

            assertFieldError(api.post("/api/v1/posts").as(alice).json(Map.of("content", "a".repeat(501))).send(),
                    "content");
            assertThat(postsBy(alice)).isEqualTo(1);
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{}",
                "{\"content\":\"   \"}",
                "{\"content\":\"x\",\"mediaIds\":[\"1\",\"2\",\"3\",\"4\",\"5\"]}",
                "{\"content\":\"x\",\"mediaIds\":[\"nope\"]}",
                "{\"content\":\"x\",\"replyToId\":\"abc\"}",
                "{\"content\":\"x\",\"quoteOfId\":\"-1\"}",
                "{\"content\":\"x\",\"serverId\":\"1x\"}",
                "{\"content\":\"x\",\"visibility\":\"secret\"}",
                "{\"content\":\"x\",\"visibility\":\"server\"}",
                "{\"content\":\"x\",\"visibility\":\"friends\",\"serverId\":\"5\"}"})
        void badInputIsA400AndStoresNothing(String body) {
            long alice = World.newUserId();

            Api.Response response = api.post("/api/v1/posts").as(alice).rawJson(body).send();

            assertProblem(response, 400);
            assertThat(response.body().path("errors").size()).as(response.raw()).isPositive();
            assertThat(postsBy(alice)).isZero();
        }

        @Test
        void everyBadFieldIsReportedAtOnceWithItsMessage() {
            long alice = World.newUserId();

            assertFieldErrors(api.post("/api/v1/posts").as(alice).rawJson("{\"content\":\"" + "a".repeat(501)
                            + "\",\"mediaIds\":[\"1\",\"1\"],\"replyToId\":\"abc\",\"visibility\":\"secret\"}").send(),
                    "content: must be at most 500 characters", "mediaIds: must not repeat an id",
                    "replyToId: must be an id", "visibility: must be one of public, friends, server");
            assertFieldErrors(api.post("/api/v1/posts").as(alice)
                            .rawJson("{\"mediaIds\":[\"1\",\"2\",\"3\",\"4\",\"x\"],\"visibility\":\"server\"}").send(),
                    "mediaIds: at most 4 media", "mediaIds: must be ids", "serverId: is required for visibility server");
            assertFieldErrors(api.post("/api/v1/posts").as(alice).rawJson("{\"content\":\" \",\"replyToId\":\"5\","
                            + "\"quoteOfId\":\"5\",\"serverId\":\"7\",\"visibility\":\"friends\"}").send(),
                    "content: must not be blank unless the post has media", "quoteOfId: cannot quote the post it replies to",
                    "visibility: a post in a server has visibility server");
            assertThat(postsBy(alice)).isZero();
        }

        @Test
        void nulInContentIsA400NotA500AndStoresNothing() {
            long alice = World.newUserId();
            assertFieldError(api.post("/api/v1/posts").as(alice).json(Map.of("content", "a\u0000b")).send(),
                    "content");
            assertThat(postsBy(alice)).isZero();
        }

        @Test
        void malformedJsonIsA400() {
            long alice = World.newUserId();
            assertProblem(api.post("/api/v1/posts").as(alice).rawJson("{\"content\":").send(), 400);
            assertThat(postsBy(alice)).isZero();
        }

        @Test
        void withoutATokenIs401() {
            assertProblem(api.post("/api/v1/posts").json(Map.of("content", "hi")).send(), 401);
            assertProblem(api.post("/api/v1/posts").token(TestTokens.expired(1)).json(Map.of("content", "hi")).send(),
                    401);
        }

        @Test
        void aRetryWithTheSameIdempotencyKeyReturnsTheOriginalPost() {
            long alice = World.newUserId();
            String key = UUID.randomUUID().toString();

            Api.Response first = api.post("/api/v1/posts").as(alice).header("Idempotency-Key", key)
                    .json(Map.of("content", "once")).send();
            Api.Response retry = api.post("/api/v1/posts").as(alice).header("Idempotency-Key", key)
                    .json(Map.of("content", "once")).send();

            assertThat(first.status()).isEqualTo(201);
            assertThat(retry.status()).isEqualTo(201);
            assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
            assertThat(retry.text("id")).isEqualTo(first.text("id"));
            assertThat(postsBy(alice)).isEqualTo(1);
        }

        @Test
        void aReplyJoinsTheThreadAndAQuoteEmbedsTheQuotedPost() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String root = posts.publicPost(alice, "root");
            String reply = posts.reply(bob, root, "reply");
            String quote = posts.quote(bob, root, "look at this");

            Api.Response replied = posts.get(bob, reply);
            assertThat(replied.body().path("post").path("replyToId").asString()).isEqualTo(root);
            assertThat(replied.body().path("post").path("rootId").asString()).isEqualTo(root);

            Api.Response quoted = posts.get(bob, quote);
            assertThat(quoted.body().path("post").path("quote").path("id").asString()).isEqualTo(root);
            assertThat(quoted.body().path("post").path("quote").path("content").asString()).isEqualTo("root");

            Api.Response original = posts.get(alice, root);
            assertThat(original.body().path("post").path("replyCount").asLong()).isEqualTo(1);
            assertThat(original.body().path("post").path("quoteCount").asLong()).isEqualTo(1);
        }

        @Test
        void replyingToOrQuotingAMissingPostIs404AndStoresNothing() {
            long alice = World.newUserId();
            assertProblem(api.post("/api/v1/posts").as(alice).json(Map.of("content", "x", "replyToId", "123")).send(),
                    404);
            assertProblem(api.post("/api/v1/posts").as(alice).json(Map.of("content", "x", "quoteOfId", "123")).send(),
                    404);
            assertThat(postsBy(alice)).isZero();
        }

        @Test
        void aReplyCannotLeaveItsThreadsServer() {
            long alice = World.newUserId();
            long server = World.newServerId();
            world.joins(server, alice);
            String root = posts.inServer(alice, server, "in the server");

            Map<String, Object> body = new HashMap<>();
            body.put("content", "out");
            body.put("replyToId", root);
            body.put("visibility", "public");
            assertFieldError(api.post("/api/v1/posts").as(alice).json(body).send(), "visibility");

            String reply = posts.reply(alice, root, "stays in");
            assertThat(posts.get(alice, reply).body().path("post").path("serverId").asString())
                    .isEqualTo(Long.toString(server));
        }

        @Test
        void postingInAServerYouAreNotInIs404() {
            long alice = World.newUserId();
            assertProblem(api.post("/api/v1/posts").as(alice)
                    .json(Map.of("content", "x", "serverId", Long.toString(World.newServerId()))).send(), 404);
            assertThat(postsBy(alice)).isZero();
        }
    }

    @Nested
    class GetPost {

        @Test
        void returnsThePostWithItsAncestorsRootFirst() {
            long alice = World.newUserId();
            String a = posts.publicPost(alice, "a");
            String b = posts.reply(alice, a, "b");
            String c = posts.reply(alice, b, "c");
            String d = posts.reply(alice, c, "d");

            Api.Response response = posts.get(alice, d);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body().path("post").path("id").asString()).isEqualTo(d);
            assertThat(response.body().path("ancestors").valueStream().map(n -> n.path("id").asString()))
                    .containsExactly(a, b, c);
        }

        @Test
        void aDeletedAncestorIsAPlaceholder() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String a = posts.publicPost(alice, "a");
            String b = posts.reply(bob, a, "b");
            assertThat(posts.delete(alice, a).status()).isEqualTo(204);

            Api.Response response = posts.get(bob, b);

            assertThat(response.status()).isEqualTo(200);
            var ancestor = response.body().path("ancestors").get(0);
            assertThat(ancestor.path("id").asString()).isEqualTo(a);
            assertThat(ancestor.path("deleted").asBoolean()).isTrue();
            assertThat(ancestor.path("content").isNull()).isTrue();
        }

        @Test
        void unknownOrGarbageIds() {
            long alice = World.newUserId();
            assertProblem(posts.get(alice, "999"), 404);
            assertProblem(posts.get(alice, "abc"), 400);
        }

        @Test
        void withoutATokenIs401() {
            String id = posts.publicPost(World.newUserId(), "x");
            assertProblem(api.get("/api/v1/posts/" + id).send(), 401);
        }
    }

    @Nested
    class DeletePost {

        @Test
        void theAuthorDeletesAndRepliesKeepTheirPlace() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String root = posts.publicPost(alice, "root");
            String reply = posts.reply(bob, root, "reply");

            assertThat(posts.delete(alice, root).status()).isEqualTo(204);

            assertProblem(posts.get(alice, root), 404);
            assertThat(posts.get(bob, reply).status()).isEqualTo(200);
            Api.Response replies = api.get("/api/v1/posts/" + root + "/replies").as(bob).send();
            assertThat(replies.status()).isEqualTo(200);
            assertThat(replies.body().path("items").get(0).path("id").asString()).isEqualTo(reply);
            assertThat(count("SELECT count(*) FROM posts WHERE id = ? AND content IS NULL AND deleted_at IS NOT NULL",
                    Long.parseLong(root))).isEqualTo(1);
            assertProblem(posts.delete(alice, root), 404);
        }

        @Test
        void someoneElsesPostIs403AndStays() {
            long alice = World.newUserId();
            String root = posts.publicPost(alice, "root");
            assertProblem(posts.delete(World.newUserId(), root), 403);
            assertThat(posts.get(alice, root).status()).isEqualTo(200);
        }

        @Test
        void badIdsAndNoToken() {
            assertProblem(posts.delete(World.newUserId(), "xyz"), 400);
            assertProblem(posts.delete(World.newUserId(), "4242"), 404);
            String id = posts.publicPost(World.newUserId(), "x");
            assertProblem(api.delete("/api/v1/posts/" + id).send(), 401);
        }
    }

    @Nested
    class Replies {

        @Test
        void pagesOldestFirstAndShowsDeletedRepliesAsPlaceholders() {
            long alice = World.newUserId();
            String root = posts.publicPost(alice, "root");
            String r1 = posts.reply(alice, root, "1");
            String r2 = posts.reply(alice, root, "2");
            String r3 = posts.reply(alice, root, "3");
            posts.delete(alice, r2);

            Api.Response first = api.get("/api/v1/posts/" + root + "/replies?limit=2").as(alice).send();
            assertThat(first.body().path("items").valueStream().map(n -> n.path("id").asString()))
                    .containsExactly(r1, r2);
            assertThat(first.body().path("items").get(1).path("deleted").asBoolean()).isTrue();
            String cursor = first.text("nextCursor");
            Api.Response second = api.get("/api/v1/posts/" + root + "/replies?limit=2&after=" + cursor).as(alice)
                    .send();
            assertThat(second.body().path("items").valueStream().map(n -> n.path("id").asString()))
                    .containsExactly(r3);
            assertThat(second.body().path("nextCursor").isNull()).isTrue();
            assertThat(posts.get(alice, root).body().path("post").path("replyCount").asLong()).isEqualTo(2);
        }

        @Test
        void badInputNoTokenAndMissing() {
            long alice = World.newUserId();
            String root = posts.publicPost(alice, "root");
            assertProblem(api.get("/api/v1/posts/" + root + "/replies?limit=0").as(alice).send(), 400);
            assertProblem(api.get("/api/v1/posts/" + root + "/replies?around=5").as(alice).send(), 400);
            assertProblem(api.get("/api/v1/posts/" + root + "/replies").send(), 401);
            assertProblem(api.get("/api/v1/posts/777/replies").as(alice).send(), 404);
        }
    }
}
