package com.xcord.dm.conversation;

import java.time.Instant;
import java.util.List;

/** The most recent message of a conversation, as shown in the conversation list. */
record LastMessage(String id, String senderId, String type, String content, List<String> attachmentIds,
        String targetUserId, Instant createdAt, Instant editedAt) {
}
