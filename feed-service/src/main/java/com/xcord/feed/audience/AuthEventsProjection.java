package com.xcord.feed.audience;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Mirrors auth-service's users and the friend/follow/block graph. Friend requests are not
 * mirrored: only an accepted friendship changes what anyone sees.
 */
@Component
class AuthEventsProjection extends EventProjection {

    static final String CONSUMER = "feed.auth-projection";

    private final ProjectionRepository projections;

    AuthEventsProjection(IdempotentConsumer consumer, ProjectionRepository projections) {
        super(CONSUMER, consumer);
        this.projections = projections;
        on(AuthEvents.USER_REGISTERED, user -> projections.upsertUser(Ids.parse(user.userId()),
                user.username(), user.displayName(), user.registeredAt()));
        on(AuthEvents.USER_UPDATED, user -> projections.upsertUser(Ids.parse(user.userId()),
                user.username(), user.displayName(), user.updatedAt()));
        // version 1 is what the topic may still hold; version 2 adds the stored rows' ids, not needed here
        on(AuthEvents.RELATIONSHIP_CHANGED, change -> apply(change.userId(), change.targetUserId(), change.kind(),
                change.active(), change.changedAt()));
        on(AuthEvents.RELATIONSHIP_CHANGED_V2, change -> apply(change.userId(), change.targetUserId(), change.kind(),
                change.active(), change.changedAt()));
    }

    private void apply(String userId, String targetUserId, RelationshipKind kind, boolean active, Instant at) {
        long user = Ids.parse(userId);
        long target = Ids.parse(targetUserId);
        switch (kind) {
            case FRIEND -> {
                // symmetric, published once per pair: store both directions
                projections.upsertEdge(user, target, "FRIEND", active, at);
                projections.upsertEdge(target, user, "FRIEND", active, at);
            }
            case FOLLOW -> projections.upsertEdge(user, target, "FOLLOW", active, at);
            case BLOCK -> projections.upsertEdge(user, target, "BLOCK", active, at);
            case FRIEND_REQUEST -> {
                // pending requests do not change visibility
            }
        }
    }
}
