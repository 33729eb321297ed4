package com.xcord.notification.inbox;

import java.time.Instant;

/**
 * A notification to create: who gets it, who caused it, what it is about, and the fact that caused it
 * ({@code sourceKey}, e.g. {@code like:<post>:<user>}): one notification per fact and recipient, whatever the number
 * of deliveries, and what an undo of that fact names.
 *
 * @param subjectType post, message (a channel message), dm_message, user or stream
 */
public record NewNotification(long recipientId, NotificationType type, long actorId, String subjectType,
        long subjectId, Long serverId, Long channelId, Long conversationId, String excerpt, String sourceKey,
        Instant createdAt) {

    /** The longest excerpt kept: enough for a line in a list or a mail. */
    static final int EXCERPT_LENGTH = 200;

    public NewNotification {
        excerpt = shorten(excerpt);
    }

    static String shorten(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.codePointCount(0, text.length()) <= EXCERPT_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH - 1)) + "…";
    }
}
