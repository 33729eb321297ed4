package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/**
 * A group's name changed (by {@code updatedBy}); {@code systemMessageId} is the system message
 * that records it in the history.
 */
public record ConversationUpdated(String conversationId, String name, String updatedBy, String systemMessageId,
        List<String> participantIds, Instant updatedAt) {
}
