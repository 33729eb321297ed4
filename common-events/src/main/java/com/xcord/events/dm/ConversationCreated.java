package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/**
 * A conversation exists: {@code kind} is {@code direct} (1:1) or {@code group}; {@code name} and
 * {@code iconMediaId} null unless set.
 */
public record ConversationCreated(String conversationId, String kind, String name, String iconMediaId,
        String ownerId, List<String> participantIds, Instant createdAt) {
}
