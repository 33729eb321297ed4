package com.xcord.feed.audience;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserUpdated;
import com.xcord.events.server.MemberBanned;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MemberKicked;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.feed.support.IntegrationTest;
import com.xcord.feed.support.World;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The projections of auth-service's and server-service's events: redelivery and reordering are harmless. */
class ProjectionTests extends IntegrationTest {

    @Test
    void anOlderRelationshipEventArrivingLateDoesNotUndoANewerOne() {
        long a = World.newUserId();
        long b = World.newUserId();
        Instant t0 = Instant.now();
        world.edge(a, b, RelationshipKind.FOLLOW, true, t0.plusSeconds(1));
        world.awaitEdge(a, b, "FOLLOW", true);
        world.edge(a, b, RelationshipKind.FOLLOW, false, t0); // older unfollow, delivered late
        // a later, unrelated edge on the same key proves the late one was processed before it
        world.follows(a, World.newUserId());

        world.awaitEdge(a, b, "FOLLOW", true);
    }

    @Test
    void aVersion1RelationshipEventStillApplies() {
        long a = World.newUserId();
        long b = World.newUserId();
        // as the topic may still hold it: no row ids, the rest as version 2
        world.publish(AuthEvents.RELATIONSHIP_CHANGED, Long.toString(a), new RelationshipChanged(Long.toString(a),
                Long.toString(b), RelationshipKind.FRIEND, true, Instant.now()));

        world.awaitEdge(a, b, "FRIEND", true);
        world.awaitEdge(b, a, "FRIEND", true);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        World.User user = world.registered("carol");
        EventEnvelope<UserUpdated> rename = world.publish(AuthEvents.USER_UPDATED, Long.toString(user.id()),
                new UserUpdated(Long.toString(user.id()), "carol_renamed_" + user.id(), "Carol", null, null, null,
                        true, Instant.now()));
        world.awaitTrue(() -> count("SELECT count(*) FROM known_users WHERE id = ? AND username LIKE 'carol_renamed_%'",
                user.id()) == 1);
        world.redeliver(rename, Topics.AUTH);
        world.follows(user.id(), World.newUserId()); // same key, after the redelivery
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", rename.id())).isEqualTo(1);
    }

    @Test
    void kicksBansAndServerDeletionEndMembership() {
        long server = World.newServerId();
        long kicked = World.newUserId();
        long banned = World.newUserId();
        long stays = World.newUserId();
        world.joins(server, kicked);
        world.joins(server, banned);
        world.joins(server, stays);
        Instant now = Instant.now();
        world.publish(ServerEvents.MEMBER_KICKED, Long.toString(server),
                new MemberKicked(Long.toString(server), Long.toString(kicked), "1", now));
        world.publish(ServerEvents.MEMBER_BANNED, Long.toString(server),
                new MemberBanned(Long.toString(server), Long.toString(banned), "1", "spam", true, now));
        world.awaitMember(server, kicked, false);
        world.awaitMember(server, banned, false);
        assertThat(count("SELECT count(*) FROM server_members WHERE server_id = ? AND active", server)).isEqualTo(1);

        world.publish(ServerEvents.SERVER_DELETED, Long.toString(server),
                new ServerDeleted(Long.toString(server), Instant.now()));
        world.awaitMember(server, stays, false);
        // a join that arrives after the deletion does not resurrect the server
        world.publish(ServerEvents.MEMBER_JOINED, Long.toString(server),
                new MemberJoined(Long.toString(server), Long.toString(World.newUserId()), null, Instant.now()));
        long marker = World.newServerId();
        world.joins(marker, stays);
        org.awaitility.Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(
                () -> count("SELECT count(*) FROM server_members WHERE server_id = ? AND active", server) == 0);
    }
}
