package com.xcord.events.server;

import com.xcord.events.media.MediaAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A message's content was edited: the whole message as it now is, its attachments as media objects. Version 3 of
 * {@code message.updated}; {@link MessageUpdatedV2} carried attachment ids.
 */
public record MessageUpdatedV3(String serverId, String channelId, String messageId, String authorId, String content,
        String nonce, List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone,
        List<MediaAttachment> attachments, Instant createdAt, Instant editedAt) {
}
