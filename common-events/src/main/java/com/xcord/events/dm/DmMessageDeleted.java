package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/** The sender deleted a message. */
public record DmMessageDeleted(String messageId, String conversationId, String senderId,
        List<String> participantIds, Instant deletedAt) {
}
