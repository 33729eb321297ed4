package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/**
 * A group's name or icon changed (by {@code updatedBy}); carries both as they are now.
 * {@code systemMessageId} is the system message that records a rename in the history (null
 * when only the icon changed).
 */
public record ConversationUpdated(String conversationId, String name, String iconMediaId, String updatedBy,
        String systemMessageId, List<String> participantIds, Instant updatedAt) {
}
