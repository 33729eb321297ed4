package com.xcord.server.role;

import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.RoleDeleted;
import com.xcord.events.server.RoleUpdated;
import com.xcord.events.server.ServerEvents;
import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes the role facts through the outbox, keyed by server id like every server event. */
@Component
class RoleEvents {

    private final Outbox outbox;

    RoleEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Role role) {
        outbox.publish(ServerEvents.ROLE_CREATED, Ids.format(role.serverId()), new RoleCreated(
                Ids.format(role.serverId()), Ids.format(role.id()), role.name(), Permissions.format(role.permissions()),
                role.position(), role.color(), role.mentionable(), role.createdAt()));
    }

    void updated(Role role, Instant at) {
        outbox.publish(ServerEvents.ROLE_UPDATED, Ids.format(role.serverId()), new RoleUpdated(
                Ids.format(role.serverId()), Ids.format(role.id()), role.name(), Permissions.format(role.permissions()),
                role.position(), role.color(), role.mentionable(), at));
    }

    void deleted(Role role, Instant at) {
        outbox.publish(ServerEvents.ROLE_DELETED, Ids.format(role.serverId()), new RoleDeleted(
                Ids.format(role.serverId()), Ids.format(role.id()), at));
    }
}
