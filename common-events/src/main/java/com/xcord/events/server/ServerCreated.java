package com.xcord.events.server;

import java.time.Instant;

/** A server was created; its creator is the owner and its first member. */
public record ServerCreated(String serverId, String ownerId, String name, String description, String iconMediaId,
        Instant createdAt) {
}
