package com.xcord.feed.audience;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.id.Ids;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Mirrors auth-service's users and the friend/follow/block graph. Friend requests are not
 * mirrored: only an accepted friendship changes what anyone sees.
 */
@Component
class AuthEventsProjection {

    static final String CONSUMER = "feed.auth-projection";

    private final IdempotentConsumer consumer;
    private final ProjectionRepository projections;

    AuthEventsProjection(IdempotentConsumer consumer, ProjectionRepository projections) {
        this.consumer = consumer;
        this.projections = projections;
    }

    @KafkaListener(topics = Topics.AUTH)
    void on(EventEnvelope<?> event) {
        if (event.is(AuthEvents.USER_REGISTERED)) {
            UserRegistered user = event.dataAs(AuthEvents.USER_REGISTERED);
            consumer.handleOnce(CONSUMER, event, () -> projections.upsertUser(Ids.parse(user.userId()),
                    user.username(), user.displayName(), user.registeredAt()));
        } else if (event.is(AuthEvents.USER_UPDATED)) {
            UserUpdated user = event.dataAs(AuthEvents.USER_UPDATED);
            consumer.handleOnce(CONSUMER, event, () -> projections.upsertUser(Ids.parse(user.userId()),
                    user.username(), user.displayName(), user.updatedAt()));
        } else if (event.is(AuthEvents.RELATIONSHIP_CHANGED)) {
            consumer.handleOnce(CONSUMER, event, () -> apply(event.dataAs(AuthEvents.RELATIONSHIP_CHANGED)));
        }
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
