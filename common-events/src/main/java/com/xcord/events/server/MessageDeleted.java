package com.xcord.events.server;

import java.time.Instant;

/** A message was deleted by its author or by a moderator ({@code deletedBy}). */
public record MessageDeleted(String serverId, String channelId, String messageId, String authorId, String deletedBy,
        Instant deletedAt) {
}
