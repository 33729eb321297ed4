package com.xcord.events.server;

import java.time.Instant;
import java.util.List;

/**
 * A message was posted in a server channel. Carries what realtime (fan-out by channel
 * visibility), notification (mentions) and search (content) need without calling back.
 */
public record MessageCreated(String serverId, String channelId, String messageId, String authorId, String content,
        List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone, List<String> attachmentIds,
        String nonce, Instant createdAt) {
}
