package com.xcord.server.role;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** A role as the API shows it; {@code permissions} is a decimal bitfield. */
record RoleView(String id, String serverId, String name, String permissions, int position, int color,
        boolean mentionable, Instant createdAt) {

    static RoleView of(Role role) {
        return new RoleView(Ids.format(role.id()), Ids.format(role.serverId()), role.name(),
                Permissions.format(role.permissions()), role.position(), role.color(), role.mentionable(),
                role.createdAt());
    }
}
