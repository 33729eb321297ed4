package com.xcord.events.server;

import java.time.Instant;

/** A server's name, description, icon or owner changed; the payload is the state after the change. */
public record ServerUpdated(String serverId, String ownerId, String name, String description, String iconMediaId,
        Instant updatedAt) {
}
