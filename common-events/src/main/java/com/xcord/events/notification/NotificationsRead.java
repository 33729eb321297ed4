package com.xcord.events.notification;

import java.time.Instant;
import java.util.List;

/**
 * {@code recipientId} read notifications on one of their devices; the others clear their badge from it.
 *
 * @param notificationIds the notifications now read; empty when {@code all} is true
 * @param all             every notification was read (read-all)
 * @param unreadCount     the recipient's unread notifications after reading
 */
public record NotificationsRead(String recipientId, List<String> notificationIds, boolean all, int unreadCount,
        Instant readAt) {
}
