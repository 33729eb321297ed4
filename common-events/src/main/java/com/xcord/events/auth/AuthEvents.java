package com.xcord.events.auth;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/** Event types published by auth-service on {@link Topics#AUTH}, keyed by user id. */
public final class AuthEvents {

    public static final EventType<UserRegistered> USER_REGISTERED =
            new EventType<>("user.registered", 1, Topics.AUTH, UserRegistered.class);
    public static final EventType<UserUpdated> USER_UPDATED =
            new EventType<>("user.updated", 1, Topics.AUTH, UserUpdated.class);
    public static final EventType<RelationshipChanged> RELATIONSHIP_CHANGED =
            new EventType<>("relationship.changed", 1, Topics.AUTH, RelationshipChanged.class);
    public static final EventType<SessionRevoked> SESSION_REVOKED =
            new EventType<>("session.revoked", 1, Topics.AUTH, SessionRevoked.class);

    private AuthEvents() {
    }
}
