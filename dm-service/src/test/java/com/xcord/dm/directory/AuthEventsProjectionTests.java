package com.xcord.dm.directory;

import com.xcord.dm.support.IntegrationTest;
import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The local projections of auth-service's events: reordering and redelivery change nothing. */
class AuthEventsProjectionTests extends IntegrationTest {

    @Test
    void anOlderBlockEventArrivingLateDoesNotResurrectTheBlock() {
        List<Long> pair = users.registered(2);
        Instant blockedAt = Instant.now().minusSeconds(10);
        users.blockChange(pair.get(0), pair.get(1), false, blockedAt.plusSeconds(5));
        users.blockChange(pair.get(0), pair.get(1), true, blockedAt);
        long marker = users.registered();

        // events of one key are applied in order: once a later user's event is in, both are applied
        assertThat(users.isKnown(marker)).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> count(
                "SELECT count(*) FROM user_block WHERE blocker_id = ? AND blocked_id = ?", pair.get(0), pair.get(1)) == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> !users.blocks(pair.get(0), pair.get(1)));
    }

    @Test
    void aProfileUpdateBeforeTheRegistrationMakesTheUserKnownAndOlderUpdatesLose() {
        long user = com.xcord.dm.support.Users.unknown();
        Instant now = Instant.now();
        users.profileUpdate(user, false, now);
        users.profileUpdate(user, true, now.minusSeconds(60));

        await().atMost(Duration.ofSeconds(30)).until(() -> users.isKnown(user));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> Boolean.FALSE.equals(users.readReceiptsEnabled(user)));
    }

    /** Version 1 (no row ids), as the topic may still hold it, blocks like version 2. */
    @Test
    void aRedeliveredEventIsAppliedOnce() {
        List<Long> pair = users.registered(2);
        EventEnvelope<RelationshipChanged> block = users.feed().publish(AuthEvents.RELATIONSHIP_CHANGED, pair.get(0),
                new RelationshipChanged(Long.toString(pair.get(0)), Long.toString(pair.get(1)), RelationshipKind.BLOCK,
                        true, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> users.blocks(pair.get(0), pair.get(1)));
        users.unblock(pair.get(0), pair.get(1));

        users.feed().publish(block);
        users.registered();

        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> !users.blocks(pair.get(0), pair.get(1)));
        assertThat(count("SELECT count(*) FROM processed_event WHERE event_id = ?", block.id())).isEqualTo(1);
    }

    @Test
    void otherRelationshipsAreIgnored() {
        List<Long> pair = users.registered(2);
        users.feed().publish(AuthEvents.RELATIONSHIP_CHANGED, pair.get(0), new RelationshipChanged(
                Long.toString(pair.get(0)), Long.toString(pair.get(1)), RelationshipKind.FOLLOW, true, Instant.now()));
        users.block(pair.get(1), pair.get(0));

        assertThat(users.blocks(pair.get(0), pair.get(1))).isFalse();
    }
}
