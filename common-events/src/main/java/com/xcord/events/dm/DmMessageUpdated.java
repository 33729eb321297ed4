package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/** The sender edited a message; carries the new content. */
public record DmMessageUpdated(String messageId, String conversationId, String senderId, String content,
        List<String> participantIds, Instant editedAt) {
}
