package com.xcord.server.role;

import java.time.Instant;

/** A role as the API shows it; {@code permissions} is a decimal bitfield. */
record RoleView(String id, String serverId, String name, String permissions, int position, int color,
        boolean mentionable, Instant createdAt) {
}
