package com.xcord.search.support;

import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.RelationshipChangedV2;
import com.xcord.events.auth.RelationshipKind;
import com.xcord.events.auth.UserRegistered;
import com.xcord.events.auth.UserUpdated;

import java.time.Instant;

/** Users and relationships, announced on auth-service's topic. */
public final class People {

    private final Events events;

    People(Events events) {
        this.events = events;
    }

    /** A registered user with a unique username {@code <prefix><n>}; returns the id. */
    public long registered(String prefix) {
        long id = Events.nextId();
        return registered(id, prefix + Long.toString(id % 1_000_000_000L, 36), null);
    }

    public long registered(long id, String username, String displayName) {
        events.apply(AuthEvents.USER_REGISTERED, id, new UserRegistered(Long.toString(id), username, displayName,
                Instant.now()));
        return id;
    }

    public void renamed(long id, String username, String displayName) {
        events.apply(AuthEvents.USER_UPDATED, id, new UserUpdated(Long.toString(id), username, displayName, null, null,
                "online", true, Instant.now()));
    }

    /** An accepted friendship (published once per pair). */
    public void friends(long a, long b) {
        relationship(a, b, RelationshipKind.FRIEND, true);
    }

    public void block(long blocker, long blocked) {
        relationship(blocker, blocked, RelationshipKind.BLOCK, true);
    }

    private void relationship(long user, long target, RelationshipKind kind, boolean active) {
        events.apply(AuthEvents.RELATIONSHIP_CHANGED_V2, user, new RelationshipChangedV2(
                Long.toString(Events.nextId()), null, Long.toString(user), Long.toString(target), kind, active,
                Instant.now()));
    }
}
