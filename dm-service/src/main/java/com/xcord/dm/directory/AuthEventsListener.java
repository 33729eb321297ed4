package com.xcord.dm.directory;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChanged;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory from auth-service's events: registrations (known users), profile
 * updates (read-receipt setting) and block changes. Each event is applied once; stale ones
 * (older than what is stored) change nothing.
 */
@Component
class AuthEventsListener {

    static final String CONSUMER = "dm-directory";

    private final IdempotentConsumer once;
    private final DirectoryRepository repository;

    AuthEventsListener(IdempotentConsumer once, DirectoryRepository repository) {
        this.once = once;
        this.repository = repository;
    }

    @KafkaListener(topics = Topics.AUTH)
    void on(EventEnvelope<?> event) {
        if (event.is(AuthEvents.USER_REGISTERED)) {
            UserRegistered registered = event.dataAs(AuthEvents.USER_REGISTERED);
            once.handleOnce(CONSUMER, event, () -> repository.registered(Long.parseLong(registered.userId())));
        } else if (event.is(AuthEvents.USER_UPDATED)) {
            UserUpdated updated = event.dataAs(AuthEvents.USER_UPDATED);
            once.handleOnce(CONSUMER, event, () -> repository.profileUpdated(Long.parseLong(updated.userId()),
                    updated.readReceiptsEnabled(), updated.updatedAt()));
        } else if (event.is(AuthEvents.RELATIONSHIP_CHANGED)) {
            RelationshipChanged changed = event.dataAs(AuthEvents.RELATIONSHIP_CHANGED);
            if (changed.kind() == RelationshipKind.BLOCK) {
                once.handleOnce(CONSUMER, event, () -> repository.blockChanged(Long.parseLong(changed.userId()),
                        Long.parseLong(changed.targetUserId()), changed.active(), changed.changedAt()));
            }
        }
    }
}
