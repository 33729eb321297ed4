package com.xcord.events.notification;

import java.time.Instant;

/**
 * A notification left {@code recipientId}'s list: its cause was undone (unlike, unfollow, deleted post or
 * message), a block came between the two users, or the recipient deleted it.
 *
 * @param groupCount  notifications left in its group (0: the group is gone)
 * @param unreadCount the recipient's unread notifications after the removal
 */
public record NotificationRemoved(String notificationId, String recipientId, String groupKey, int groupCount,
        int unreadCount, Instant removedAt) {
}
