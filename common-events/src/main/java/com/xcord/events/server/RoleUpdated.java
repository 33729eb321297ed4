package com.xcord.events.server;

import java.time.Instant;

/** A role changed; the payload is the role after the change. */
public record RoleUpdated(String serverId, String roleId, String name, String permissions, int position, int color,
        boolean mentionable, Instant updatedAt) {
}
