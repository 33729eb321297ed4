package com.xcord.events.server;

import java.time.Instant;

/** A channel and its messages are gone. */
public record ChannelDeleted(String serverId, String channelId, Instant deletedAt) {
}
