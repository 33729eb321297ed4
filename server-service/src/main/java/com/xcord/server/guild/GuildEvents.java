package com.xcord.server.guild;

import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerDeleted;
import com.xcord.events.server.ServerEvents;
import com.xcord.events.server.ServerUpdated;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Publishes the server facts through the outbox, keyed by server id like every server event. */
@Component
class GuildEvents {

    private final Outbox outbox;

    GuildEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Guild guild) {
        String server = Ids.format(guild.id());
        outbox.publish(ServerEvents.SERVER_CREATED, server, new ServerCreated(server, Ids.format(guild.ownerId()),
                guild.name(), guild.description(), Ids.formatNullable(guild.iconMediaId()), guild.createdAt()));
    }

    void updated(Guild guild) {
        String server = Ids.format(guild.id());
        outbox.publish(ServerEvents.SERVER_UPDATED, server, new ServerUpdated(server, Ids.format(guild.ownerId()),
                guild.name(), guild.description(), Ids.formatNullable(guild.iconMediaId()), guild.updatedAt()));
    }

    void deleted(Guild guild, Instant at) {
        String server = Ids.format(guild.id());
        outbox.publish(ServerEvents.SERVER_DELETED, server, new ServerDeleted(server, at));
    }
}
