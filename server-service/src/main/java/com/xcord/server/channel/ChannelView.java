package com.xcord.server.channel;

import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.ChannelOverwrite;
import com.xcord.events.server.ChannelUpdated;
import com.xcord.server.access.ChannelOverwriteRow;
import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;
import java.util.List;

/** A channel as the API shows it; overwrites as {@code {id, type: role|member, allow, deny}}. */
record ChannelView(String id, String serverId, String type, String name, String topic, String parentId, int position,
        int slowModeSeconds, List<OverwriteView> overwrites, Instant createdAt) {

    record OverwriteView(String id, String type, String allow, String deny) {
    }

    static ChannelView of(Channel c) {
        return new ChannelView(Ids.format(c.id()), Ids.format(c.serverId()), c.type().wireName(), c.name(), c.topic(),
                Ids.formatNullable(c.parentId()), c.position(), c.slowModeSeconds(),
                c.overwrites().stream().map(ChannelView::overwrite).toList(), c.createdAt());
    }

    private static OverwriteView overwrite(ChannelOverwriteRow o) {
        return new OverwriteView(Ids.format(o.targetId()), o.member() ? "member" : "role",
                Permissions.format(o.allow()), Permissions.format(o.deny()));
    }

    private List<ChannelOverwrite> eventOverwrites() {
        return overwrites.stream().map(o -> new ChannelOverwrite(o.id(), o.type(), o.allow(), o.deny())).toList();
    }

    ChannelCreated created() {
        return new ChannelCreated(serverId, id, type, name, topic, parentId, position, slowModeSeconds,
                eventOverwrites(), createdAt);
    }

    ChannelUpdated updated(Instant at) {
        return new ChannelUpdated(serverId, id, type, name, topic, parentId, position, slowModeSeconds,
                eventOverwrites(), at);
    }
}
