package com.xcord.events.dm;

import com.xcord.events.media.MediaAttachment;
import java.time.Instant;
import java.util.List;

/**
 * The sender edited a message: the whole message as it now is, its attachments as media objects. Version 3 of
 * {@code dm.message.updated}; {@link DmMessageUpdatedV2} carried attachment ids.
 */
public record DmMessageUpdatedV3(String messageId, String conversationId, String senderId, String type,
        String content, List<MediaAttachment> attachments, String replyToId, String targetUserId, String clientId,
        List<String> participantIds, Instant createdAt, Instant editedAt) {
}
