package com.xcord.auth.relationship;

import com.xcord.auth.relationship.TestUsers.TestUser;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.servicekit.test.EventProbe.Received;
import com.xcord.auth.support.IntegrationTest;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.testkit.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Consumer;

import static com.xcord.servicekit.test.Problems.assertFieldError;
import static com.xcord.servicekit.test.Problems.assertProblem;
import static com.xcord.events.auth.RelationshipKind.BLOCK;
import static com.xcord.events.auth.RelationshipKind.FOLLOW;
import static com.xcord.events.auth.RelationshipKind.FRIEND;
import static com.xcord.events.auth.RelationshipKind.FRIEND_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RelationshipControllerTests extends IntegrationTest {

    private static final String RELATIONSHIPS = "/api/v1/relationships";

    /** {@code xcord.auth.events} from the start; tests use fresh users and pick their own events out by id. */
    private static EventProbe events;

    @BeforeAll
    static void startReadingEvents() {
        events = EventProbe.fromStart(TestInfrastructure.shared().kafka().bootstrapServers(), Topics.AUTH);
    }

    @AfterAll
    static void stopReadingEvents() {
        events.close();
    }

    @Nested
    class ListRelationships {

        @Test
        void eachSideSeesItsOwnView() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            TestUser carol = user("carol");
            TestUser dave = user("dave");
            TestUser erin = user("erin");
            TestUser frank = user("frank");
            TestUser gina = user("gina");
            put(alice, bob, "friend");
            put(carol, alice, "friend");
            befriend(alice, dave);
            put(alice, erin, "follow");
            put(frank, alice, "follow");
            put(alice, gina, "block");

            assertThat(list(alice, "").items()).extracting(Item::type, Item::userId).containsExactly(
                    tuple("blocked", gina.id()),
                    tuple("follower", frank.id()),
                    tuple("following", erin.id()),
                    tuple("friend", dave.id()),
                    tuple("pending_incoming", carol.id()),
                    tuple("pending_outgoing", bob.id()));
            assertThat(list(bob, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("pending_incoming", alice.id()));
            assertThat(list(carol, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("pending_outgoing", alice.id()));
            assertThat(list(dave, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("friend", alice.id()));
            assertThat(list(erin, "").items()).extracting(Item::type).containsExactly("follower");
            assertThat(list(frank, "").items()).extracting(Item::type).containsExactly("following");
            // nobody is told who blocked them
            assertThat(list(gina, "").items()).isEmpty();

            for (String type : List.of("friend", "pending_incoming", "pending_outgoing", "following", "follower",
                    "blocked")) {
                assertThat(list(alice, "type=" + type).items()).singleElement()
                        .extracting(Item::type).isEqualTo(type);
            }
        }

        @Test
        void itemsCarryTheOtherUsersSummary() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            Item answered = put(alice, bob, "follow");

            Item listed = list(alice, "type=following").items().get(0);

            assertThat(listed).isEqualTo(answered);
            assertThat(listed.userId()).isEqualTo(bob.id());
            assertThat(listed.since()).endsWith("Z");
            assertThat(listed.user()).isEqualTo(new Summary(bob.id(), bob.username(), bob.username(), null));
        }

        @Test
        void paginatesNewestFirstByRelationshipId() {
            TestUser alice = user("alice");
            List<String> followedInOrder = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                TestUser other = user("u" + i);
                put(alice, other, "follow");
                followedInOrder.add(other.id());
            }
            List<String> newestFirst = new ArrayList<>(followedInOrder);
            Collections.reverse(newestFirst);

            List<String> seen = new ArrayList<>();
            Page page = list(alice, "limit=2");
            seen.addAll(page.items().stream().map(Item::userId).toList());
            while (page.nextCursor() != null) {
                page = list(alice, "limit=2&before=" + page.nextCursor());
                seen.addAll(page.items().stream().map(Item::userId).toList());
            }
            assertThat(seen).containsExactlyElementsOf(newestFirst);

            // after a cursor: the next ones up, oldest first (the kit's convention for `after`)
            String oldestId = list(alice, "").items().get(4).id();
            Page after = list(alice, "limit=3&after=" + oldestId);
            assertThat(after.items()).extracting(Item::userId).containsExactlyElementsOf(followedInOrder.subList(1, 4));
            assertThat(after.nextCursor()).isEqualTo(after.items().get(2).id());
            assertThat(list(alice, "limit=3&after=" + after.nextCursor()).items()).extracting(Item::userId)
                    .containsExactly(followedInOrder.get(4));
        }

        @Test
        void anUnknownTypeIsABadRequest() {
            TestUser alice = user("alice");
            assertFieldError(api.get(RELATIONSHIPS + "?type=enemy").token(alice.accessToken()).send(), "type");
            assertFieldError(api.get(RELATIONSHIPS + "?type=").token(alice.accessToken()).send(), "type");
        }

        @Test
        void aBadLimitOrCursorIsABadRequest() {
            TestUser alice = user("alice");
            for (String query : List.of("limit=0", "limit=101", "limit=x", "before=abc", "around=123")) {
                assertProblem(api.get(RELATIONSHIPS + "?" + query).token(alice.accessToken()).send(), 400);
            }
        }

        @Test
        void needsAValidToken() {
            assertProblem(api.get(RELATIONSHIPS).send(), 401);
            assertProblem(api.get(RELATIONSHIPS).token("not-a-token").send(), 401);
        }
    }

    @Nested
    class PutRelationship {

        @Test
        void aFriendRequestIsPendingOnBothSides() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");

            Item mine = put(alice, bob, "friend");

            assertThat(mine.type()).isEqualTo("pending_outgoing");
            assertThat(mine.userId()).isEqualTo(bob.id());
            assertThat(mine.user().username()).isEqualTo(bob.username());
            assertThat(list(bob, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("pending_incoming", alice.id()));
            awaitBetween(alice, bob, seen -> {
                assertThat(seen).extracting(RelationshipControllerTests::describe)
                        .containsExactly(event(alice, bob, FRIEND_REQUEST, true));
                // keyed by the acting user, so one user's changes stay in order
                assertThat(seen.get(0).event().subject()).isEqualTo(alice.id());
                assertThat(seen.get(0).key()).isEqualTo(alice.id());
                // the listed id, the same on both sides of a request
                assertThat(change(seen.get(0)).relationshipId()).isEqualTo(mine.id());
                assertThat(change(seen.get(0)).targetRelationshipId()).isNull();
            });
        }

        @Test
        void requestingBackAcceptsAndMakesBothFriends() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "friend");

            Item accepted = put(bob, alice, "friend");

            assertThat(accepted.type()).isEqualTo("friend");
            Item alicesFriendship = list(alice, "").items().get(0);
            assertThat(list(alice, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("friend", bob.id()));
            assertThat(list(bob, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("friend", alice.id()));
            awaitBetween(alice, bob, seen -> {
                assertThat(byActor(seen, alice)).containsExactly(event(alice, bob, FRIEND_REQUEST, true));
                assertThat(byActor(seen, bob)).containsExactly(
                        event(alice, bob, FRIEND_REQUEST, false),
                        event(bob, alice, FRIEND, true));
                // a friendship is two rows, each friend listing their own: the event names both
                RelationshipChangedV2 friends = seen.stream().map(RelationshipControllerTests::change)
                        .filter(c -> c.kind() == FRIEND).findFirst().orElseThrow();
                assertThat(friends.relationshipId()).isEqualTo(accepted.id());
                assertThat(friends.targetRelationshipId()).isEqualTo(alicesFriendship.id());
            });
        }

        @Test
        void repeatingIsIdempotent() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");

            Item request = put(alice, bob, "friend");
            Item requestAgain = put(alice, bob, "friend");
            Item follow = put(alice, bob, "follow");
            Item followAgain = put(alice, bob, "follow");

            assertThat(requestAgain).isEqualTo(request);
            assertThat(followAgain).isEqualTo(follow);
            assertThat(rowsOf(alice)).isEqualTo(2);
            assertThat(delete(alice, bob, "friend").status()).isEqualTo(204);
            // all of alice's events share her key, so a repeat's event would show up in between
            awaitBetween(alice, bob, seen -> assertThat(seen).extracting(RelationshipControllerTests::describe)
                    .containsExactly(
                            event(alice, bob, FRIEND_REQUEST, true),
                            event(alice, bob, FOLLOW, true),
                            event(alice, bob, FRIEND_REQUEST, false)));
        }

        @Test
        void friendingAFriendChangesNothing() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            befriend(alice, bob);

            assertThat(put(alice, bob, "friend").type()).isEqualTo("friend");
            assertThat(put(bob, alice, "friend").type()).isEqualTo("friend");
            assertThat(rowsOf(alice)).isEqualTo(2);
        }

        @Test
        void followingIsOneWay() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");

            assertThat(put(alice, bob, "follow").type()).isEqualTo("following");

            assertThat(list(bob, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("follower", alice.id()));
            assertThat(list(alice, "").items()).extracting(Item::type).containsExactly("following");
            awaitBetween(alice, bob, seen -> assertThat(seen).extracting(RelationshipControllerTests::describe)
                    .containsExactly(event(alice, bob, FOLLOW, true)));
        }

        @Test
        void blockingEndsFriendshipAndFollowsBothWays() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            befriend(alice, bob);
            put(alice, bob, "follow");
            put(bob, alice, "follow");

            Item block = put(alice, bob, "block");

            assertThat(block.type()).isEqualTo("blocked");
            assertThat(list(alice, "").items()).extracting(Item::type, Item::userId)
                    .containsExactly(tuple("blocked", bob.id()));
            assertThat(list(bob, "").items()).isEmpty();
            assertThat(rowsOf(alice)).isEqualTo(1);
            awaitBetween(alice, bob, seen -> assertThat(byActor(seen, alice)).endsWith(
                    event(alice, bob, FRIEND, false),
                    event(alice, bob, FOLLOW, false),
                    event(bob, alice, FOLLOW, false),
                    event(alice, bob, BLOCK, true)));
        }

        @Test
        void blockingEndsPendingRequests() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(bob, alice, "friend");

            put(alice, bob, "block");

            assertThat(list(bob, "").items()).isEmpty();
            awaitBetween(alice, bob, seen -> {
                assertThat(byActor(seen, bob)).containsExactly(event(bob, alice, FRIEND_REQUEST, true));
                assertThat(byActor(seen, alice)).containsExactly(
                        event(bob, alice, FRIEND_REQUEST, false),
                        event(alice, bob, BLOCK, true));
            });
        }

        @Test
        void aBlockEitherWayForbidsFriendingAndFollowing() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "block");

            for (String type : List.of("friend", "follow")) {
                assertForbidden(putExchange(bob, alice.id(), type));
                assertForbidden(putExchange(alice, bob.id(), type));
            }
            assertThat(rowsOf(alice)).isEqualTo(1);
        }

        @Test
        void theBlockedMayBlockBack() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "block");

            assertThat(put(bob, alice, "block").type()).isEqualTo("blocked");
            assertThat(list(bob, "").items()).extracting(Item::type).containsExactly("blocked");
            assertThat(rowsOf(alice)).isEqualTo(2);
        }

        @Test
        void mutualRequestsAtTheSameMomentEndAsFriends() throws Exception {
            for (int round = 0; round < 5; round++) {
                TestUser alice = user("alice");
                TestUser bob = user("bob");
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Item> fromAlice = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return put(alice, bob, "friend");
                });
                CompletableFuture<Item> fromBob = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return put(bob, alice, "friend");
                });

                List<String> answers = List.of(fromAlice.get().type(), fromBob.get().type());

                assertThat(answers).containsExactlyInAnyOrder("pending_outgoing", "friend");
                assertThat(db.sql("SELECT kind FROM relationships WHERE user_id IN (?, ?) OR target_id IN (?, ?)")
                        .params(alice.numericId(), bob.numericId(), alice.numericId(), bob.numericId())
                        .query(String.class).list())
                        .containsExactly("FRIEND", "FRIEND");
            }
        }

        @Test
        void anUnknownOrMissingTypeIsABadRequestAndStoresNothing() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");

            for (String body : List.of("{\"type\":\"enemy\"}", "{\"type\":\"FRIEND\"}", "{\"type\":null}", "{}",
                    "{\"type\":7}")) {
                assertFieldError(rawPut(bob.id(), alice.accessToken(), body), "type");
            }
            assertProblem(rawPut(bob.id(), alice.accessToken(), "{not json"), 400);
            assertProblem(rawPut(bob.id(), alice.accessToken(), ""), 400);
            assertThat(rowsOf(alice)).isZero();
        }

        @Test
        void oneselfOrAMalformedIdIsABadRequestAndStoresNothing() {
            TestUser alice = user("alice");

            assertProblem(putExchange(alice, alice.id(), "friend"), 400);
            assertProblem(putExchange(alice, alice.id(), "block"), 400);
            assertProblem(putExchange(alice, "not-an-id", "follow"), 400);
            assertProblem(putExchange(alice, "-5", "follow"), 400);
            assertThat(rowsOf(alice)).isZero();
        }

        @Test
        void anUnknownUserIsNotFound() {
            TestUser alice = user("alice");

            assertProblem(putExchange(alice, "123456789", "friend"), 404);
            assertThat(rowsOf(alice)).isZero();
        }

        @Test
        void needsAValidToken() {
            TestUser bob = user("bob");
            assertProblem(rawPut(bob.id(), null, "{\"type\":\"friend\"}"), 401);
            assertProblem(rawPut(bob.id(), bob.accessToken() + "x", "{\"type\":\"friend\"}"), 401);
            assertThat(rowsOf(bob)).isZero();
        }

        private void assertForbidden(Api.Response response) {
            assertProblem(response, 403);
            assertThat(response.text("detail")).isEqualTo("relationship not allowed");
        }
    }

    @Nested
    class DeleteRelationship {

        @Test
        void unfriendingEndsItForBoth() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            befriend(alice, bob);

            assertThat(delete(bob, alice, "friend").status()).isEqualTo(204);

            assertThat(list(alice, "").items()).isEmpty();
            assertThat(list(bob, "").items()).isEmpty();
            assertThat(rowsOf(alice)).isZero();
            awaitBetween(alice, bob, seen -> assertThat(byActor(seen, bob))
                    .endsWith(event(bob, alice, FRIEND, false)));
        }

        @Test
        void cancellingMyRequest() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "friend");

            assertThat(delete(alice, bob, "friend").status()).isEqualTo(204);

            assertThat(list(bob, "").items()).isEmpty();
            awaitBetween(alice, bob, seen -> assertThat(seen).extracting(RelationshipControllerTests::describe)
                    .containsExactly(event(alice, bob, FRIEND_REQUEST, true), event(alice, bob, FRIEND_REQUEST, false)));
        }

        @Test
        void decliningTheirRequest() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "friend");

            assertThat(delete(bob, alice, "friend").status()).isEqualTo(204);

            assertThat(list(alice, "").items()).isEmpty();
            awaitBetween(alice, bob, seen -> {
                assertThat(byActor(seen, alice)).containsExactly(event(alice, bob, FRIEND_REQUEST, true));
                // declined by bob: the event is his
                assertThat(byActor(seen, bob)).containsExactly(event(alice, bob, FRIEND_REQUEST, false));
            });
        }

        @Test
        void unfollowing() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "follow");

            assertThat(delete(alice, bob, "follow").status()).isEqualTo(204);

            assertThat(list(bob, "").items()).isEmpty();
            awaitBetween(alice, bob, seen -> assertThat(seen).extracting(RelationshipControllerTests::describe)
                    .containsExactly(event(alice, bob, FOLLOW, true), event(alice, bob, FOLLOW, false)));
        }

        @Test
        void removingAFollower() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(bob, alice, "follow");
            put(alice, bob, "follow");

            assertThat(delete(alice, bob, "follower").status()).isEqualTo(204);

            assertThat(list(alice, "").items()).extracting(Item::type).containsExactly("following");
            assertThat(list(bob, "").items()).extracting(Item::type).containsExactly("follower");
            awaitBetween(alice, bob, seen -> assertThat(byActor(seen, alice))
                    .containsExactly(event(alice, bob, FOLLOW, true), event(bob, alice, FOLLOW, false)));
        }

        @Test
        void unblockingAllowsFriendingAgain() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "block");

            assertThat(delete(alice, bob, "block").status()).isEqualTo(204);

            assertThat(list(alice, "").items()).isEmpty();
            assertThat(put(bob, alice, "friend").type()).isEqualTo("pending_outgoing");
            awaitBetween(alice, bob, seen -> {
                assertThat(byActor(seen, alice)).containsExactly(event(alice, bob, BLOCK, true),
                        event(alice, bob, BLOCK, false));
                assertThat(byActor(seen, bob)).containsExactly(event(bob, alice, FRIEND_REQUEST, true));
            });
        }

        @Test
        void nothingToDeleteIsNotFound() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(bob, alice, "block");

            for (String type : List.of("friend", "follow", "block", "follower")) {
                assertProblem(delete(alice, bob, type), 404);
            }
            assertProblem(delete(alice, "123456789", "follow"), 404);
            assertThat(rowsOf(alice)).isEqualTo(1);
        }

        @Test
        void aBadTypeOneselfOrAMalformedIdIsABadRequestAndStoresNothing() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "follow");

            for (String query : List.of("", "?type=", "?type=enemy", "?type=following")) {
                assertFieldError(api.delete(RELATIONSHIPS + "/" + bob.id() + query).token(alice.accessToken()).send(),
                        "type");
            }
            assertProblem(delete(alice, alice.id(), "follow"), 400);
            assertProblem(delete(alice, "x1", "follow"), 400);
            assertThat(rowsOf(alice)).isEqualTo(1);
        }

        @Test
        void needsAValidToken() {
            TestUser alice = user("alice");
            TestUser bob = user("bob");
            put(alice, bob, "follow");

            assertProblem(api.delete(RELATIONSHIPS + "/" + bob.id() + "?type=follow").send(), 401);
            assertProblem(api.delete(RELATIONSHIPS + "/" + bob.id() + "?type=follow")
                    .token("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.").send(), 401);
            assertThat(rowsOf(alice)).isEqualTo(1);
        }
    }

    // ---- fixtures and calls ----

    /** A relationship as the API returns it. */
    record Item(String id, String userId, String type, String since, Summary user) {
    }

    record Summary(String id, String username, String displayName, String avatarMediaId) {
    }

    record Page(List<Item> items, String nextCursor) {
    }

    TestUser user(String name) {
        return TestUsers.register(api, name);
    }

    void befriend(TestUser a, TestUser b) {
        put(a, b, "friend");
        assertThat(put(b, a, "friend").type()).isEqualTo("friend");
    }

    Item put(TestUser actor, TestUser target, String type) {
        Api.Response response = putExchange(actor, target.id(), type);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return Api.JSON.treeToValue(response.body(), Item.class);
    }

    Api.Response putExchange(TestUser actor, String targetId, String type) {
        return rawPut(targetId, actor.accessToken(), Api.JSON.writeValueAsString(Map.of("type", type)));
    }

    Api.Response rawPut(String targetId, String accessToken, String json) {
        Api.Call put = api.put(RELATIONSHIPS + "/" + targetId).rawJson(json);
        return (accessToken == null ? put : put.token(accessToken)).send();
    }

    Api.Response delete(TestUser actor, TestUser target, String type) {
        return delete(actor, target.id(), type);
    }

    Api.Response delete(TestUser actor, String targetId, String type) {
        return api.delete(RELATIONSHIPS + "/" + targetId + "?type=" + type).token(actor.accessToken()).send();
    }

    Page list(TestUser viewer, String query) {
        Api.Response response = api.get(RELATIONSHIPS + (query.isEmpty() ? "" : "?" + query))
                .token(viewer.accessToken()).send();
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return Api.JSON.treeToValue(response.body(), Page.class);
    }

    /** Every stored row touching the user, on either side. */
    long rowsOf(TestUser user) {
        return count("SELECT count(*) FROM relationships WHERE user_id = ? OR target_id = ?", user.numericId(),
                user.numericId());
    }

    /**
     * Waits until the relationship events between {@code a} and {@code b} (either direction),
     * in the order they arrived, satisfy {@code assertion}.
     */
    static void awaitBetween(TestUser a, TestUser b, Consumer<List<Received>> assertion) {
        Set<String> pair = Set.of(a.id(), b.id());
        events.awaitUntil(r -> r.event().is(AuthEvents.RELATIONSHIP_CHANGED_V2)
                && pair.contains(change(r).userId()) && pair.contains(change(r).targetUserId()), assertion);
    }

    static RelationshipChangedV2 change(Received received) {
        return received.event().dataAs(AuthEvents.RELATIONSHIP_CHANGED_V2);
    }

    /**
     * The events one user's actions published, in order. Events are keyed by the acting user, so
     * order holds per actor only: another user's events may arrive before or after.
     */
    static List<String> byActor(List<Received> seen, TestUser actor) {
        return seen.stream().filter(s -> s.event().subject().equals(actor.id())).map(RelationshipControllerTests::describe)
                .toList();
    }

    static String describe(Received seen) {
        var change = change(seen);
        return change.userId() + " " + change.kind() + " " + change.targetUserId() + (change.active() ? " on" : " off");
    }

    static String event(TestUser from, TestUser to, RelationshipKind kind, boolean active) {
        return from.id() + " " + kind + " " + to.id() + (active ? " on" : " off");
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
