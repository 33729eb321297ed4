package com.xcord.server.channel;

import com.xcord.server.access.ChannelOverwriteRow;

import java.time.Instant;
import java.util.List;

/** A row of {@code channels} with its overwrites. */
record Channel(long id, long serverId, Type type, String name, String topic, Long parentId, int position,
        int slowModeSeconds, Instant createdAt, List<ChannelOverwriteRow> overwrites) {

    enum Type {
        TEXT, CATEGORY;

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    Channel withOverwrites(List<ChannelOverwriteRow> overwrites) {
        return new Channel(id, serverId, type, name, topic, parentId, position, slowModeSeconds, createdAt,
                List.copyOf(overwrites));
    }
}
