package com.xcord.events.server;

import java.time.Instant;

/** A role was created; {@code permissions} is the bitfield as a decimal string. */
public record RoleCreated(String serverId, String roleId, String name, String permissions, int position, int color,
        boolean mentionable, Instant createdAt) {
}
