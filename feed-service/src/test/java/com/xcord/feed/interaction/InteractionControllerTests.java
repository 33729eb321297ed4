package com.xcord.feed.interaction;

import com.xcord.servicekit.test.Api;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class InteractionControllerTests extends IntegrationTest {

    private Api.Response act(String method, long user, String postId, String action) {
        String path = "/api/v1/posts/" + postId + "/" + action;
        return (method.equals("POST") ? api.post(path) : api.delete(path)).as(user).send();
    }

    /** Runs each task on its own thread, all at once, and waits for them. */
    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Nested
    class LikeRepostBookmark {

        @ParameterizedTest
        @ValueSource(strings = {"like", "repost", "bookmark"})
        void doingItTwiceCountsOnceAndUndoingTwiceIsANoOp(String action) {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String post = posts.publicPost(alice, "hello");
            String flag = switch (action) {
                case "like" -> "liked";
                case "repost" -> "reposted";
                default -> "bookmarked";
            };

            Api.Response first = act("POST", bob, post, action);
            Api.Response second = act("POST", bob, post, action);

            assertThat(first.status()).as(first.raw()).isEqualTo(200);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body().path(flag).asBoolean()).isTrue();
            assertThat(count("SELECT count(*) FROM interactions WHERE user_id = ? AND post_id = ?", bob,
                    Long.parseLong(post))).isEqualTo(1);
            if (!action.equals("bookmark")) {
                assertThat(second.body().path(action + "Count").asLong()).isEqualTo(1);
            }
            // another viewer sees the count but not bob's flag
            Api.Response seenByAlice = posts.get(alice, post);
            assertThat(seenByAlice.body().path("post").path(flag).asBoolean()).isFalse();

            Api.Response undone = act("DELETE", bob, post, action);
            Api.Response undoneAgain = act("DELETE", bob, post, action);
            assertThat(undone.status()).isEqualTo(200);
            assertThat(undoneAgain.status()).isEqualTo(200);
            assertThat(undoneAgain.body().path(flag).asBoolean()).isFalse();
            assertThat(undoneAgain.body().path("likeCount").asLong()).isZero();
            assertThat(undoneAgain.body().path("repostCount").asLong()).isZero();
        }

        @Test
        void countsAreExactUnderConcurrentLikesAndUnlikes() throws Exception {
            long alice = World.newUserId();
            String post = posts.publicPost(alice, "popular");
            List<Long> fans = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                fans.add(World.newUserId());
            }
            List<Callable<Integer>> likes = new ArrayList<>();
            for (long fan : fans) {
                // every fan likes twice at once, and reposts once
                likes.add(() -> act("POST", fan, post, "like").status());
                likes.add(() -> act("POST", fan, post, "like").status());
                likes.add(() -> act("POST", fan, post, "repost").status());
            }
            assertThat(concurrently(likes)).containsOnly(200);

            Api.Response after = posts.get(alice, post);
            assertThat(after.body().path("post").path("likeCount").asLong()).isEqualTo(24);
            assertThat(after.body().path("post").path("repostCount").asLong()).isEqualTo(24);

            List<Callable<Integer>> unlikes = new ArrayList<>();
            for (long fan : fans.subList(0, 10)) {
                unlikes.add(() -> act("DELETE", fan, post, "like").status());
                unlikes.add(() -> act("DELETE", fan, post, "like").status());
            }
            assertThat(concurrently(unlikes)).containsOnly(200);
            assertThat(posts.get(alice, post).body().path("post").path("likeCount").asLong()).isEqualTo(14);
            assertThat(count("SELECT count(*) FROM interactions WHERE post_id = ? AND kind = 'LIKE'",
                    Long.parseLong(post))).isEqualTo(14);
        }

        @Test
        void likesAndRepostsByBlockedUsersAreNotCountedForTheViewer() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            long carol = World.newUserId();
            long dave = World.newUserId();
            String post = posts.publicPost(alice, "counted for whom?");
            act("POST", bob, post, "like").expect(200);
            act("POST", bob, post, "repost").expect(200);
            act("POST", dave, post, "like").expect(200);

            world.blocks(carol, bob);

            Api.Response seenByCarol = posts.get(carol, post);
            assertThat(seenByCarol.body().path("post").path("likeCount").asLong()).as(seenByCarol.raw()).isEqualTo(1);
            assertThat(seenByCarol.body().path("post").path("repostCount").asLong()).isZero();
            Api.Response seenByBob = posts.get(bob, post);
            assertThat(seenByBob.body().path("post").path("likeCount").asLong()).isEqualTo(2);
            Api.Response seenByAlice = posts.get(alice, post);
            assertThat(seenByAlice.body().path("post").path("likeCount").asLong()).isEqualTo(2);
            assertThat(seenByAlice.body().path("post").path("repostCount").asLong()).isEqualTo(1);

            world.unblocks(carol, bob);
            assertThat(posts.get(carol, post).body().path("post").path("likeCount").asLong()).isEqualTo(2);
        }

        @Test
        void aRepostIsATimelineEntryAndUndoingRemovesIt() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String post = posts.publicPost(alice, "hello");
            act("POST", bob, post, "repost");

            Api.Response profile = api.get("/api/v1/users/" + bob + "/posts").as(alice).send();
            assertThat(profile.body().path("items").get(0).path("type").asString()).isEqualTo("repost");
            assertThat(profile.body().path("items").get(0).path("repostedBy").path("id").asString())
                    .isEqualTo(Long.toString(bob));
            assertThat(profile.body().path("items").get(0).path("post").path("id").asString()).isEqualTo(post);

            act("DELETE", bob, post, "repost");
            assertThat(api.get("/api/v1/users/" + bob + "/posts").as(alice).send().body().path("items").size())
                    .isZero();
        }

        @Test
        void aDeletedPostCannotBeLiked() {
            long alice = World.newUserId();
            String post = posts.publicPost(alice, "bye");
            posts.delete(alice, post);
            assertProblem(act("POST", World.newUserId(), post, "like"), 404);
        }

        @ParameterizedTest
        @ValueSource(strings = {"like", "repost", "bookmark"})
        void badIdsMissingPostsAndNoToken(String action) {
            long bob = World.newUserId();
            String post = posts.publicPost(World.newUserId(), "x");
            assertProblem(act("POST", bob, "not-an-id", action), 400);
            assertProblem(act("POST", bob, "123456", action), 404);
            assertProblem(api.post("/api/v1/posts/" + post + "/" + action).send(), 401);
            assertProblem(api.delete("/api/v1/posts/" + post + "/" + action).send(), 401);
            assertThat(count("SELECT count(*) FROM interactions WHERE user_id = ?", bob)).isZero();
        }
    }

    @Nested
    class Bookmarks {

        @Test
        void listsMyBookmarksNewestFirstAndPages() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String p1 = posts.publicPost(alice, "1");
            String p2 = posts.publicPost(alice, "2");
            String p3 = posts.publicPost(alice, "3");
            act("POST", bob, p1, "bookmark");
            act("POST", bob, p3, "bookmark");
            act("POST", bob, p2, "bookmark");
            act("POST", alice, p1, "bookmark"); // someone else's bookmark

            Api.Response first = api.get("/api/v1/bookmarks?limit=2").as(bob).send();
            assertThat(first.body().path("items").valueStream().map(n -> n.path("post").path("id").asString()))
                    .containsExactly(p2, p3);
            assertThat(first.body().path("items").get(0).path("post").path("bookmarked").asBoolean()).isTrue();
            Api.Response second = api.get("/api/v1/bookmarks?limit=2&before=" + first.text("nextCursor")).as(bob)
                    .send();
            assertThat(second.body().path("items").valueStream().map(n -> n.path("post").path("id").asString()))
                    .containsExactly(p1);
            assertThat(second.body().path("nextCursor").isNull()).isTrue();
        }

        @Test
        void aBookmarkOfAPostThatBecameInvisibleOrDeletedIsLeftOut() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            String hidden = posts.publicPost(alice, "hidden later");
            String gone = posts.publicPost(bob, "deleted later");
            act("POST", bob, hidden, "bookmark");
            act("POST", bob, gone, "bookmark");
            posts.delete(bob, gone);
            world.blocks(alice, bob);

            assertThat(api.get("/api/v1/bookmarks").as(bob).send().body().path("items").size()).isZero();
        }

        @Test
        void badInputAndNoToken() {
            assertProblem(api.get("/api/v1/bookmarks?limit=101").as(World.newUserId()).send(), 400);
            assertProblem(api.get("/api/v1/bookmarks?before=abc").as(World.newUserId()).send(), 400);
            assertProblem(api.get("/api/v1/bookmarks?after=5").as(World.newUserId()).send(), 400);
            assertProblem(api.get("/api/v1/bookmarks").send(), 401);
        }
    }
}
