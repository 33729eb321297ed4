package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/** A user sent a message in a conversation. */
public record DmMessageCreated(String messageId, String conversationId, String senderId, String clientId,
        String content, List<String> attachmentIds, String replyToId, List<String> participantIds,
        Instant createdAt) {
}
