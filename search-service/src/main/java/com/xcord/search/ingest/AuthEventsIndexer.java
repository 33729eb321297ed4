package com.xcord.search.ingest;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.search.SearchProperties;
import com.xcord.search.people.Directory;
import com.xcord.servicekit.consumer.IdempotentConsumer;
import com.xcord.servicekit.projection.EventProjection;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.xcord.servicekit.id.Ids.parse;

/** auth-service's users and the friend and block edges (follows and pending requests change no one's results). */
@Component
class AuthEventsIndexer extends EventProjection {

    private final Directory directory;

    AuthEventsIndexer(IdempotentConsumer once, Directory directory, SearchProperties properties) {
        super(Consumers.name("auth", properties), once);
        this.directory = directory;
        on(AuthEvents.USER_REGISTERED, u -> directory.upsertUser(parse(u.userId()), u.username(), u.displayName(),
                u.registeredAt()));
        on(AuthEvents.USER_UPDATED, u -> directory.upsertUser(parse(u.userId()), u.username(), u.displayName(),
                u.updatedAt()));
        on(AuthEvents.RELATIONSHIP_CHANGED, c -> edge(c.userId(), c.targetUserId(), c.kind(), c.active(),
                c.changedAt()));
        on(AuthEvents.RELATIONSHIP_CHANGED_V2, c -> edge(c.userId(), c.targetUserId(), c.kind(), c.active(),
                c.changedAt()));
    }

    private void edge(String userId, String targetUserId, RelationshipKind kind, boolean active, Instant at) {
        long user = parse(userId);
        long target = parse(targetUserId);
        switch (kind) {
            case FRIEND -> {
                // published once per pair: both directions
                directory.edge(user, target, "friend", active, at);
                directory.edge(target, user, "friend", active, at);
            }
            case BLOCK -> directory.edge(user, target, "block", active, at);
            case FOLLOW, FRIEND_REQUEST -> {
                // no visibility rule depends on them
            }
        }
    }
}
