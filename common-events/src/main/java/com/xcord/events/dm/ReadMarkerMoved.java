package com.xcord.events.dm;

import java.time.Instant;
import java.util.List;

/**
 * {@code userId} read a conversation up to {@code lastReadMessageId}; {@code unreadCount} is what
 * remains unread for them. {@code visibleToOthers} is false when the reader turned read receipts
 * off: then only the reader's own sessions may be told.
 */
public record ReadMarkerMoved(String conversationId, String userId, String lastReadMessageId, int unreadCount,
        boolean visibleToOthers, List<String> participantIds, Instant readAt) {
}
