package com.xcord.server.channel;

import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelDeleted;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.events.server.ServerEvents;
import com.xcord.server.channel.ChannelView.OverwriteView;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Publishes the channel facts through the outbox, keyed by server id like every server event. */
@Component
class ChannelEvents {

    private final Outbox outbox;

    ChannelEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(Channel c) {
        outbox.publish(ServerEvents.CHANNEL_CREATED, Ids.format(c.serverId()), new ChannelCreated(
                Ids.format(c.serverId()), Ids.format(c.id()), c.type().wireName(), c.name(), c.topic(),
                Ids.formatNullable(c.parentId()), c.position(), c.slowModeSeconds(), overwrites(c), c.createdAt()));
    }

    void updated(Channel c, Instant at) {
        outbox.publish(ServerEvents.CHANNEL_UPDATED, Ids.format(c.serverId()), new ChannelUpdated(
                Ids.format(c.serverId()), Ids.format(c.id()), c.type().wireName(), c.name(), c.topic(),
                Ids.formatNullable(c.parentId()), c.position(), c.slowModeSeconds(), overwrites(c), at));
    }

    void deleted(Channel c, Instant at) {
        outbox.publish(ServerEvents.CHANNEL_DELETED, Ids.format(c.serverId()), new ChannelDeleted(
                Ids.format(c.serverId()), Ids.format(c.id()), at));
    }

    /** Overwrites as the API shows them. */
    private static List<ChannelOverwrite> overwrites(Channel c) {
        return c.overwrites().stream().map(OverwriteView::of)
                .map(o -> new ChannelOverwrite(o.id(), o.type(), o.allow(), o.deny())).toList();
    }
}
