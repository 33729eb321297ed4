package com.xcord.events.server;

import java.time.Instant;
import java.util.List;

/**
 * A channel changed (name, topic, position, parent, slow mode or permission overwrites); the
 * payload is the whole channel after the change, so a consumer can recompute visibility.
 */
public record ChannelUpdated(String serverId, String channelId, String type, String name, String topic,
        String parentId, int position, int slowModeSeconds, List<ChannelOverwrite> overwrites, Instant updatedAt) {
}
