package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/**
 * The sender edited a message: the whole message as it now is (dm-service's {@code MessageView}) and
 * the participants to tell. {@code type} is {@code text} or a system type ({@code participant_added},
 * {@code participant_removed}, {@code participant_left}, {@code conversation_renamed}, with
 * {@code targetUserId} the user concerned). Version 2 of {@code dm.message.updated};
 * {@link DmMessageUpdated} (version 1) carried the new content only.
 */
public record DmMessageUpdatedV2(String messageId, String conversationId, String senderId, String type,
        String content, List<String> attachmentIds, String replyToId, String targetUserId, String clientId,
        List<String> participantIds, Instant createdAt, Instant editedAt) {
}
