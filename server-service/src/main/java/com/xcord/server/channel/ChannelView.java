package com.xcord.server.channel;

import com.xcord.permissions.Permissions;
import com.xcord.servicekit.id.Ids;

import java.time.Instant;
import java.util.List;

/** A channel as the API shows it; overwrites as {@code {id, type: role|member, allow, deny}}. */
record ChannelView(String id, String serverId, String type, String name, String topic, String parentId, int position,
        int slowModeSeconds, List<OverwriteView> overwrites, Instant createdAt) {

    record OverwriteView(String id, String type, String allow, String deny) {

        static OverwriteView of(Overwrite o) {
            return new OverwriteView(Ids.format(o.targetId()), o.member() ? "member" : "role",
                    Permissions.format(o.allow()), Permissions.format(o.deny()));
        }
    }

    static ChannelView of(Channel c) {
        return new ChannelView(Ids.format(c.id()), Ids.format(c.serverId()), c.type().wireName(), c.name(), c.topic(),
                Ids.formatNullable(c.parentId()), c.position(), c.slowModeSeconds(),
                c.overwrites().stream().map(OverwriteView::of).toList(), c.createdAt());
    }
}
