package com.xcord.events.server;

import java.time.Instant;
import java.util.List;

/** A message's content was edited by its author; mentions are recomputed from the new content. */
public record MessageUpdated(String serverId, String channelId, String messageId, String authorId, String content,
        List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone, Instant editedAt) {
}
