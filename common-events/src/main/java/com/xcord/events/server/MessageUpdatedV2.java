package com.xcord.events.server;

import java.time.Instant;
import java.util.List;

/**
 * A message's content was edited by its author: the whole message as it now is (server-service's
 * {@code MessageView}), so a consumer can show it without the earlier {@link MessageCreated}.
 * Version 2 of {@code message.updated}; {@link MessageUpdated} (version 1) lacked the nonce, the
 * attachments and the creation time.
 */
public record MessageUpdatedV2(String serverId, String channelId, String messageId, String authorId, String content,
        String nonce, List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone,
        List<String> attachmentIds, Instant createdAt, Instant editedAt) {
}
