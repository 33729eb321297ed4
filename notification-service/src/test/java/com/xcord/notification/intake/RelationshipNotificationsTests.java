package com.xcord.notification.intake;

import com.xcord.events.auth.RelationshipKind;
import com.xcord.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.xcord.notification.support.Notifications.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** auth-service's relationship events: follows (grouped), friend requests and accepted friendships, and their undo. */
class RelationshipNotificationsTests extends IntegrationTest {

    @Test
    void followsNotifyTheFollowedUserAsOneGroup() {
        long star = world.user();
        List<Long> fans = List.of(world.user(), world.user());
        fans.forEach(fan -> world.relationship(fan, star, RelationshipKind.FOLLOW, true));

        notifications.awaitCount(star, 2);
        assertThat(notifications.of(star)).allSatisfy(n -> {
            assertThat(n.path("type").asString()).isEqualTo("follow");
            assertThat(n.path("subject").path("type").asString()).isEqualTo("user");
        });
        assertThat(notifications.grouped(star)).singleElement()
                .satisfies(g -> assertThat(g.path("count").asInt()).isEqualTo(2));
    }

    @Test
    void anUnfollowTakesTheFollowBack() {
        long star = world.user();
        long fan = world.user();
        world.relationship(fan, star, RelationshipKind.FOLLOW, true);
        notifications.await(star, ofType("follow"));

        world.relationship(fan, star, RelationshipKind.FOLLOW, false);

        notifications.awaitCount(star, 0);
    }

    @Test
    void aFriendRequestNotifiesItsTargetAndTheAcceptanceTheRequester() {
        long asker = world.user();
        long friend = world.user();
        world.relationship(asker, friend, RelationshipKind.FRIEND_REQUEST, true);
        JsonNode request = notifications.await(friend, ofType("friend_request"));
        assertThat(request.path("actor").path("id").asString()).isEqualTo(Long.toString(asker));

        // accepting: auth-service removes the request, then publishes the friendship from the accepter
        world.relationship(asker, friend, RelationshipKind.FRIEND_REQUEST, false);
        world.relationship(friend, asker, RelationshipKind.FRIEND, true);

        JsonNode accepted = notifications.await(asker, ofType("friend_accept"));
        assertThat(accepted.path("actor").path("id").asString()).isEqualTo(Long.toString(friend));
        notifications.awaitCount(friend, 0);
    }
}
