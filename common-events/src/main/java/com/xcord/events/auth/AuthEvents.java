package com.xcord.events.auth;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/** Event types published by auth-service on {@link Topics#AUTH}, keyed by user id. */
public final class AuthEvents {

    public static final EventType<UserRegistered> USER_REGISTERED =
            new EventType<>("user.registered", 1, Topics.AUTH, UserRegistered.class);
    public static final EventType<UserUpdated> USER_UPDATED =
            new EventType<>("user.updated", 1, Topics.AUTH, UserUpdated.class);
    /** No longer published; kept to read what the topic still holds. */
    public static final EventType<RelationshipChanged> RELATIONSHIP_CHANGED =
            new EventType<>("relationship.changed", 1, Topics.AUTH, RelationshipChanged.class);
    /** {@code relationship.changed} with the stored rows' ids: what auth-service publishes since version 2. */
    public static final EventType<RelationshipChangedV2> RELATIONSHIP_CHANGED_V2 =
            new EventType<>("relationship.changed", 2, Topics.AUTH, RelationshipChangedV2.class);
    /** The account's email address, for the services that write to users (notification-service's digest). */
    public static final EventType<UserEmailChanged> USER_EMAIL_CHANGED =
            new EventType<>("user.email.changed", 1, Topics.AUTH, UserEmailChanged.class);
    public static final EventType<SessionRevoked> SESSION_REVOKED =
            new EventType<>("session.revoked", 1, Topics.AUTH, SessionRevoked.class);

    private AuthEvents() {
    }
}
