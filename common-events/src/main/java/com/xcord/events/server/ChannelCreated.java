package com.xcord.events.server;

import java.time.Instant;
import java.util.List;

/** A channel ({@code type} {@code text} or {@code category}) was created, with its overwrites. */
public record ChannelCreated(String serverId, String channelId, String type, String name, String topic,
        String parentId, int position, int slowModeSeconds, List<ChannelOverwrite> overwrites, Instant createdAt) {
}
