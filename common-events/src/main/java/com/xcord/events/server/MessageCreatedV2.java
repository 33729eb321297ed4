package com.xcord.events.server;

import com.xcord.events.media.MediaAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A message was posted in a server channel, with its attachments as media objects (version 2 of
 * {@code message.created}; {@link MessageCreated} carried only their ids), so realtime shows them in the DISPATCH
 * and search filters by their kind without asking media-service.
 */
public record MessageCreatedV2(String serverId, String channelId, String messageId, String authorId, String content,
        List<String> mentionUserIds, List<String> mentionRoleIds, boolean mentionEveryone,
        List<MediaAttachment> attachments, String nonce, Instant createdAt) {
}
