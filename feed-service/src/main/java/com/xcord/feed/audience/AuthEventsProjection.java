package com.xcord.feed.audience;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

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
        on(AuthEvents.RELATIONSHIP_CHANGED, this::apply);
    }

    private void apply(RelationshipChanged change) {
        long user = Ids.parse(change.userId());
        long target = Ids.parse(change.targetUserId());
        switch (change.kind()) {
            case FRIEND -> {
                // symmetric, published once per pair: store both directions
                projections.upsertEdge(user, target, "FRIEND", change.active(), change.changedAt());
                projections.upsertEdge(target, user, "FRIEND", change.active(), change.changedAt());
            }
            case FOLLOW -> projections.upsertEdge(user, target, "FOLLOW", change.active(), change.changedAt());
            case BLOCK -> projections.upsertEdge(user, target, "BLOCK", change.active(), change.changedAt());
            case FRIEND_REQUEST -> {
                // pending requests do not change visibility
            }
        }
    }
}
