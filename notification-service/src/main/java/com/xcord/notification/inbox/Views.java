package com.xcord.notification.inbox;

import java.time.Instant;
import java.util.List;

/** What clients see: the REST bodies of the inbox (realtime-service maps its dispatches to the same shapes). */
final class Views {

    record ActorView(String id) {
    }

    record SubjectView(String type, String id, String serverId, String channelId, String conversationId,
            String excerpt) {
    }

    /** One notification ({@code GET /notifications}). */
    record NotificationView(String id, String type, ActorView actor, SubjectView subject, String groupKey,
            boolean read, Instant createdAt) {
    }

    /** One line of {@code GET /notifications?grouped=true}: a group with its count and latest actors. */
    record GroupView(String groupKey, String type, int count, List<ActorView> sampleActors,
            String latestNotificationId, Instant latestAt, boolean read, SubjectView subject) {
    }

    /** {@code GET /notifications/unread-count}: exact, and as a badge shows it (capped). */
    record UnreadCountView(int unreadCount, String unreadDisplay) {
    }

    static final int BADGE_CAP = 99;

    static String display(int unread) {
        return unread > BADGE_CAP ? BADGE_CAP + "+" : Integer.toString(unread);
    }

    private Views() {
    }
}
