package com.xcord.dm.conversation;

import java.time.Instant;
import java.util.List;

/**
 * A conversation as its participant sees it. {@code readStates} are the other participants'
 * read markers ("seen by"), leaving out those who turned read receipts off.
 */
record ConversationView(String id, String type, String name, String iconMediaId, String ownerId, List<String> participantIds,
        LastMessage lastMessage, int unreadCount, String lastReadMessageId, List<ReadState> readStates,
        Instant createdAt) {

    record ReadState(String userId, String lastReadMessageId) {
    }
}
