package com.xcord.dm.directory;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the directory from auth-service's events: registrations (known users), profile
 * updates (read-receipt setting) and block changes. Each event is applied once; stale ones
 * (older than what is stored) change nothing.
 */
@Component
class AuthEventsListener extends EventProjection {

    static final String CONSUMER = "dm-directory";

    AuthEventsListener(IdempotentConsumer once, DirectoryRepository repository) {
        super(CONSUMER, once);
        on(AuthEvents.USER_REGISTERED, registered -> repository.registered(Long.parseLong(registered.userId())));
        on(AuthEvents.USER_UPDATED, updated -> repository.profileUpdated(Long.parseLong(updated.userId()),
                updated.readReceiptsEnabled(), updated.updatedAt()));
        // only blocks matter here: other relationship changes are not even recorded; version 1 is what the topic
        // may still hold, version 2 adds the stored rows' ids, which the directory does not need
        on(AuthEvents.RELATIONSHIP_CHANGED, changed -> changed.kind() == RelationshipKind.BLOCK,
                changed -> blockChanged(repository, changed.userId(), changed.targetUserId(), changed.active(),
                        changed.changedAt()));
        on(AuthEvents.RELATIONSHIP_CHANGED_V2, changed -> changed.kind() == RelationshipKind.BLOCK,
                changed -> blockChanged(repository, changed.userId(), changed.targetUserId(), changed.active(),
                        changed.changedAt()));
    }

    private static void blockChanged(DirectoryRepository repository, String blocker, String blocked, boolean active,
            Instant at) {
        repository.blockChanged(Long.parseLong(blocker), Long.parseLong(blocked), active, at);
    }
}
