package com.xcord.server.role;

import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.RoleUpdated;
import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;

/** A row of {@code roles}. The {@code @everyone} role has the server's id. */
record Role(long id, long serverId, String name, long permissions, int position, int color, boolean mentionable,
        Instant createdAt) {

    boolean isEveryone() {
        return id == serverId;
    }

    Role withPosition(int newPosition) {
        return new Role(id, serverId, name, permissions, newPosition, color, mentionable, createdAt);
    }

    RoleView view() {
        return new RoleView(Ids.format(id), Ids.format(serverId), name, Permissions.format(permissions), position,
                color, mentionable, createdAt);
    }

    RoleCreated created() {
        return new RoleCreated(Ids.format(serverId), Ids.format(id), name, Permissions.format(permissions), position,
                color, mentionable, createdAt);
    }

    RoleUpdated updated(Instant at) {
        return new RoleUpdated(Ids.format(serverId), Ids.format(id), name, Permissions.format(permissions), position,
                color, mentionable, at);
    }
}
