package com.xcord.events.dm;

import com.xcord.events.media.MediaAttachment;
import java.time.Instant;
import java.util.List;

/**
 * A user sent a message in a conversation, with its attachments as media objects. Version 2 of
 * {@code dm.message.created}; {@link DmMessageCreated} carried only their ids.
 */
public record DmMessageCreatedV2(String messageId, String conversationId, String senderId, String clientId,
        String content, List<MediaAttachment> attachments, String replyToId, List<String> participantIds,
        Instant createdAt) {
}
