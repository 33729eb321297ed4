package com.xcord.feed.timeline;

import com.xcord.servicekit.test.Api;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

class TimelineControllerTests extends IntegrationTest {

    private List<String> postIds(Api.Response page) {
        return page.body().path("items").valueStream().map(n -> n.path("post").path("id").asString()).toList();
    }

    private Api.Response feed(long viewer, String query) {
        return api.get("/api/v1/feed" + query).as(viewer).send();
    }

    @Nested
    class Feed {

        @Test
        void friendsServersAndAll() {
            friendsServersAndAll(false);
        }

        /** The same with the followed set "dense" (TimelineRepository's other plan). */
        @Test
        void friendsServersAndAllFollowingMany() {
            friendsServersAndAll(true);
        }

        private void friendsServersAndAll(boolean followingMany) {
            long me = World.newUserId();
            if (followingMany) {
                followQuietUsers(me);
            }
            long friend = World.newUserId();
            long followed = World.newUserId();
            long stranger = World.newUserId();
            long serverMate = World.newUserId();
            long server = World.newServerId();
            world.friends(me, friend);
            world.follows(me, followed);
            world.joins(server, me);
            world.joins(server, serverMate);

            String mine = posts.publicPost(me, "mine");
            String byFriend = posts.friendsOnly(friend, "friend");
            String byFollowed = posts.publicPost(followed, "followed");
            String byFollowedFriendsOnly = posts.friendsOnly(followed, "not for me");
            posts.publicPost(stranger, "stranger");
            String inServer = posts.inServer(serverMate, server, "server");
            posts.reply(friend, mine, "replies are not in the home timeline");
            String strangerPost = posts.publicPost(stranger, "reposted");
            api.post("/api/v1/posts/" + strangerPost + "/repost").as(followed).send();

            Api.Response friends = feed(me, "?filter=friends");
            assertThat(friends.status()).as(friends.raw()).isEqualTo(200);
            assertThat(postIds(friends)).containsExactly(strangerPost, byFollowed, byFriend, mine);
            assertThat(friends.body().path("items").get(0).path("type").asString()).isEqualTo("repost");
            assertThat(postIds(feed(me, "?filter=servers"))).containsExactly(inServer);
            assertThat(postIds(feed(me, "?filter=all")))
                    .containsExactly(strangerPost, inServer, byFollowed, byFriend, mine)
                    .doesNotContain(byFollowedFriendsOnly);
            assertThat(postIds(feed(me, ""))).isEqualTo(postIds(feed(me, "?filter=all")));
        }

        /** Pages merge the viewer's servers (and, for all, the people followed) newest first, without gaps. */
        @Test
        void serverPagesMergeAllMyServersInOrder() {
            long me = World.newUserId();
            long mate = World.newUserId();
            long followed = World.newUserId();
            long one = World.newServerId();
            long two = World.newServerId();
            long notMine = World.newServerId();
            world.follows(me, followed);
            for (long server : List.of(one, two, notMine)) {
                world.joins(server, mate);
            }
            world.joins(one, me);
            world.joins(two, me);
            world.joins(two, followed);
            List<String> servers = new ArrayList<>();
            List<String> all = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String a = posts.inServer(mate, one, "one " + i);
                String b = posts.inServer(mate, two, "two " + i);
                posts.inServer(mate, notMine, "not mine " + i);
                String c = posts.inServer(followed, two, "followed in two " + i);
                String d = posts.publicPost(followed, "followed " + i);
                servers.addAll(List.of(a, b, c));
                all.addAll(List.of(a, b, c, d));
            }
            Collections.reverse(servers);
            Collections.reverse(all);
            assertThat(allPages(me, "servers")).containsExactlyElementsOf(servers);
            assertThat(allPages(me, "all")).containsExactlyElementsOf(all);
        }

        private List<String> allPages(long me, String filter) {
            List<String> seen = new ArrayList<>();
            Api.Response page = feed(me, "?filter=" + filter + "&limit=4");
            while (true) {
                assertThat(page.status()).as(page.raw()).isEqualTo(200);
                seen.addAll(postIds(page));
                if (page.body().path("nextCursor").isNull()) {
                    return seen;
                }
                page = feed(me, "?filter=" + filter + "&limit=4&before=" + page.text("nextCursor"));
            }
        }

        @Test
        void blockedAuthorsAndRepostersAreLeftOut() {
            blockedAuthorsAndRepostersAreLeftOut(false);
        }

        @Test
        void blockedAuthorsAndRepostersAreLeftOutFollowingMany() {
            blockedAuthorsAndRepostersAreLeftOut(true);
        }

        private void blockedAuthorsAndRepostersAreLeftOut(boolean followingMany) {
            long me = World.newUserId();
            if (followingMany) {
                followQuietUsers(me);
            }
            long followed = World.newUserId();
            long troll = World.newUserId();
            world.follows(me, followed);
            world.follows(me, troll);
            String trollPost = posts.publicPost(troll, "troll");
            String fine = posts.publicPost(followed, "fine");
            api.post("/api/v1/posts/" + fine + "/repost").as(troll).send();
            api.post("/api/v1/posts/" + trollPost + "/repost").as(followed).send();
            world.blocks(troll, me);

            assertThat(postIds(feed(me, "?filter=friends"))).containsExactly(fine);
            assertThat(postIds(feed(me, "?filter=all"))).containsExactly(fine);
        }

        /** Follows more users than TimelineRepository.DENSE_FOLLOWING (who never post) straight in the projection. */
        private void followQuietUsers(long me) {
            for (int i = 0; i <= TimelineRepository.DENSE_FOLLOWING; i++) {
                db.sql("INSERT INTO user_edges (user_id, target_id, kind, active, changed_at)"
                                + " VALUES (?, ?, 'FOLLOW', TRUE, now())")
                        .params(me, World.newUserId()).update();
            }
        }

        @Test
        void pagesHaveNoDuplicatesOrGapsWhilePostsArrive() throws Exception {
            long me = World.newUserId();
            long author = World.newUserId();
            world.follows(me, author);
            List<String> before = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                before.add(posts.publicPost(author, "old " + i));
            }
            AtomicBoolean reading = new AtomicBoolean(true);
            CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                int n = 0;
                while (reading.get() && n < 200) {
                    posts.publicPost(author, "new " + n++);
                }
                return n;
            });
            List<String> seen = new ArrayList<>();
            String cursor = null;
            try {
                Api.Response first = feed(me, "?filter=friends&limit=7");
                seen.addAll(postIds(first));
                cursor = first.text("nextCursor");
                while (cursor != null && !cursor.isEmpty() && !cursor.equals("null")) {
                    Api.Response page = feed(me, "?filter=friends&limit=7&before=" + cursor);
                    seen.addAll(postIds(page));
                    cursor = page.body().path("nextCursor").isNull() ? null : page.text("nextCursor");
                }
            } finally {
                reading.set(false);
            }
            assertThat(writer.get()).isPositive();
            assertThat(new HashSet<>(seen)).hasSameSizeAs(seen);
            List<String> oldestLast = new ArrayList<>(before);
            Collections.reverse(oldestLast);
            assertThat(seen).endsWith(oldestLast.toArray(String[]::new));
            List<Long> ids = seen.stream().map(Long::parseLong).toList();
            assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        }

        @Test
        void everyPostCarriesCountsAndMyFlags() {
            long me = World.newUserId();
            long author = World.newUserId();
            world.follows(me, author);
            String liked = posts.publicPost(author, "liked");
            String other = posts.publicPost(author, "other");
            posts.like(me, liked);
            posts.like(author, liked);
            api.post("/api/v1/posts/" + other + "/bookmark").as(me).send();
            posts.reply(author, other, "reply");

            Api.Response page = feed(me, "?filter=friends");
            var items = page.body().path("items");
            assertThat(items.get(0).path("post").path("id").asString()).isEqualTo(other);
            assertThat(items.get(0).path("post").path("bookmarked").asBoolean()).isTrue();
            assertThat(items.get(0).path("post").path("replyCount").asLong()).isEqualTo(1);
            assertThat(items.get(1).path("post").path("liked").asBoolean()).isTrue();
            assertThat(items.get(1).path("post").path("likeCount").asLong()).isEqualTo(2);
        }

        @Test
        void badInputAndNoToken() {
            long me = World.newUserId();
            assertProblem(feed(me, "?filter=everything"), 400);
            assertProblem(feed(me, "?limit=0"), 400);
            assertProblem(feed(me, "?before=x"), 400);
            assertProblem(feed(me, "?after=5"), 400);
            assertProblem(api.get("/api/v1/feed").send(), 401);
        }
    }

    @Nested
    class UserPosts {

        @Test
        void postsAndRepostsNewestFirstRepliesOnRequest() {
            long alice = World.newUserId();
            long viewer = World.newUserId();
            String p1 = posts.publicPost(alice, "1");
            String reply = posts.reply(alice, p1, "reply");
            String p2 = posts.publicPost(alice, "2");

            Api.Response plain = api.get("/api/v1/users/" + alice + "/posts").as(viewer).send();
            assertThat(postIds(plain)).containsExactly(p2, p1);
            Api.Response withReplies = api.get("/api/v1/users/" + alice + "/posts?replies=true&limit=2").as(viewer)
                    .send();
            assertThat(postIds(withReplies)).containsExactly(p2, reply);
            Api.Response next = api.get("/api/v1/users/" + alice + "/posts?replies=true&limit=2&before="
                    + withReplies.text("nextCursor")).as(viewer).send();
            assertThat(postIds(next)).containsExactly(p1);
        }

        @Test
        void onlyWhatTheViewerMaySee() {
            long alice = World.newUserId();
            long friend = World.newUserId();
            world.friends(alice, friend);
            String open = posts.publicPost(alice, "open");
            String closed = posts.friendsOnly(alice, "closed");

            assertThat(postIds(api.get("/api/v1/users/" + alice + "/posts").as(World.newUserId()).send()))
                    .containsExactly(open);
            assertThat(postIds(api.get("/api/v1/users/" + alice + "/posts").as(friend).send()))
                    .containsExactly(closed, open);
        }

        @Test
        void badInputAndNoToken() {
            long me = World.newUserId();
            assertProblem(api.get("/api/v1/users/abc/posts").as(me).send(), 400);
            assertProblem(api.get("/api/v1/users/5/posts?replies=maybe").as(me).send(), 400);
            assertProblem(api.get("/api/v1/users/5/posts").send(), 401);
        }
    }

}
