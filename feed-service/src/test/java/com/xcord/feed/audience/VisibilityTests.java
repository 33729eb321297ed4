package com.xcord.feed.audience;

import com.xcord.servicekit.test.Api;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.xcord.servicekit.test.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Friends-only, server-scoped and blocked posts are 404 on every endpoint, and left out of counts. */
class VisibilityTests extends IntegrationTest {

    /** Every read and write on a post answers 404 for this viewer, and nothing is stored. */
    private void assertInvisible(long viewer, String postId) {
        assertProblem(posts.get(viewer, postId), 404);
        assertProblem(api.get("/api/v1/posts/" + postId + "/replies").as(viewer).send(), 404);
        for (String action : new String[] {"like", "repost", "bookmark"}) {
            assertProblem(api.post("/api/v1/posts/" + postId + "/" + action).as(viewer).send(), 404);
            assertProblem(api.delete("/api/v1/posts/" + postId + "/" + action).as(viewer).send(), 404);
        }
        assertProblem(api.post("/api/v1/posts").as(viewer).json(Map.of("content", "r", "replyToId", postId)).send(),
                404);
        assertProblem(api.post("/api/v1/posts").as(viewer).json(Map.of("content", "q", "quoteOfId", postId)).send(),
                404);
        assertProblem(posts.delete(viewer, postId), 404);
        assertThat(count("SELECT count(*) FROM interactions WHERE user_id = ?", viewer)).isZero();
        assertThat(count("SELECT count(*) FROM posts WHERE author_id = ?", viewer)).isZero();
    }

    @Nested
    class FriendsOnly {

        @Test
        void friendsSeeItOthersGet404() {
            long alice = World.newUserId();
            long friend = World.newUserId();
            long stranger = World.newUserId();
            world.friends(alice, friend);
            String post = posts.friendsOnly(alice, "for friends");

            assertThat(posts.get(friend, post).status()).isEqualTo(200);
            assertThat(posts.get(alice, post).status()).isEqualTo(200);
            assertInvisible(stranger, post);
        }

        @Test
        void aReplyToAFriendsOnlyPostStaysAmongTheOwnersFriends() {
            long alice = World.newUserId();
            long friend = World.newUserId();
            long stranger = World.newUserId();
            world.friends(alice, friend);
            world.follows(stranger, friend);
            String post = posts.friendsOnly(alice, "for friends");
            String reply = posts.reply(friend, post, "a reply");

            assertThat(posts.get(friend, reply).body().path("post").path("visibility").asString())
                    .isEqualTo("friends");
            assertInvisible(stranger, reply);
            // and the stranger's view of the friend's profile has no trace of it
            Api.Response profile = api.get("/api/v1/users/" + friend + "/posts?replies=true").as(stranger).send();
            assertThat(profile.body().path("items").size()).isZero();
        }

        @Test
        void unfriendingHidesItAgain() {
            long alice = World.newUserId();
            long friend = World.newUserId();
            world.friends(alice, friend);
            String post = posts.friendsOnly(alice, "for friends");
            world.unfriend(alice, friend);

            assertProblem(posts.get(friend, post), 404);
        }
    }

    @Nested
    class ServerScoped {

        @Test
        void membersSeeItOthersGet404() {
            long alice = World.newUserId();
            long member = World.newUserId();
            long outsider = World.newUserId();
            long server = World.newServerId();
            long otherServer = World.newServerId();
            world.joins(server, alice);
            world.joins(server, member);
            world.joins(otherServer, outsider);
            String post = posts.inServer(alice, server, "members only");

            assertThat(posts.get(member, post).status()).isEqualTo(200);
            assertInvisible(outsider, post);
        }

        @Test
        void leavingTheServerHidesIt() {
            long alice = World.newUserId();
            long member = World.newUserId();
            long server = World.newServerId();
            world.joins(server, alice);
            world.joins(server, member);
            String post = posts.inServer(alice, server, "members only");
            world.leaves(server, member);

            assertProblem(posts.get(member, post), 404);
        }
    }

    @Nested
    class Blocks {

        @Test
        void theBlockedCannotSeeTheBlockersPosts() {
            long alice = World.newUserId();
            long troll = World.newUserId();
            world.blocks(alice, troll);
            String post = posts.publicPost(alice, "public");

            assertInvisible(troll, post);
        }

        @Test
        void theBlockerDoesNotSeeTheBlockedsPostsEither() {
            long alice = World.newUserId();
            long troll = World.newUserId();
            String post = posts.publicPost(troll, "public");
            world.blocks(alice, troll);

            assertInvisible(alice, post);
        }

        @Test
        void blockedRepliesAndQuotesAreLeftOutOfListsAndCounts() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            long troll = World.newUserId();
            String post = posts.publicPost(alice, "public");
            posts.reply(troll, post, "troll reply");
            posts.quote(troll, post, "troll quote");
            String bobReply = posts.reply(bob, post, "bob reply");
            world.blocks(alice, troll);

            Api.Response seen = posts.get(alice, post);
            assertThat(seen.body().path("post").path("replyCount").asLong()).isEqualTo(1);
            assertThat(seen.body().path("post").path("quoteCount").asLong()).isZero();
            Api.Response replies = api.get("/api/v1/posts/" + post + "/replies").as(alice).send();
            assertThat(replies.body().path("items").valueStream().map(n -> n.path("id").asString()))
                    .containsExactly(bobReply);
            // someone else still sees all of it
            assertThat(posts.get(bob, post).body().path("post").path("replyCount").asLong()).isEqualTo(2);
            assertThat(posts.get(bob, post).body().path("post").path("quoteCount").asLong()).isEqualTo(1);
        }

        @Test
        void aQuotedPostTheViewerMayNotSeeIsUnavailable() {
            long alice = World.newUserId();
            long bob = World.newUserId();
            long troll = World.newUserId();
            String trollPost = posts.publicPost(troll, "troll");
            String quote = posts.quote(bob, trollPost, "look");
            world.blocks(alice, troll);

            Api.Response seen = posts.get(alice, quote);
            assertThat(seen.status()).isEqualTo(200);
            assertThat(seen.body().path("post").path("quote").path("unavailable").asBoolean()).isTrue();
            assertThat(seen.body().path("post").path("quote").path("content").isNull()).isTrue();
        }

        @Test
        void aBlockedUsersProfileIs404() {
            long alice = World.newUserId();
            long troll = World.newUserId();
            world.blocks(troll, alice);
            assertProblem(api.get("/api/v1/users/" + troll + "/posts").as(alice).send(), 404);
            assertProblem(api.get("/api/v1/users/" + alice + "/posts").as(troll).send(), 404);
        }

        @Test
        void unblockingRestoresIt() {
            long alice = World.newUserId();
            long troll = World.newUserId();
            String post = posts.publicPost(alice, "public");
            world.blocks(alice, troll);
            world.unblocks(alice, troll);
            assertThat(posts.get(troll, post).status()).isEqualTo(200);
        }
    }
}
