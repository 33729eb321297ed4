package com.xcord.dm.message;

import com.xcord.events.media.MediaAttachment;
import com.xcord.servicekit.web.ForbiddenException;

import java.time.Instant;
import java.util.List;

/** A message row: a user's text, or a system message that records a membership change or rename. */
record Message(long id, long conversationId, long senderId, MessageKind kind, String clientId, String content,
        List<Long> attachmentIds, List<MediaAttachment> attachments, Long replyToId, Long targetUserId,
        Instant createdAt, Instant editedAt, Instant deletedAt) {

    boolean deleted() {
        return deletedAt != null;
    }

    /** Only the sender changes a message, and only a user's own text. */
    void requireEditableBy(long userId) {
        if (senderId != userId || kind != MessageKind.TEXT) {
            throw new ForbiddenException("you can change only your own messages");
        }
    }

    boolean countsAsUnread() {
        return kind == MessageKind.TEXT;
    }
}
