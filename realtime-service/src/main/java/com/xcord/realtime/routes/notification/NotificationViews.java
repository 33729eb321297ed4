package com.xcord.realtime.routes.notification;

import com.xcord.events.notification.NotificationCreated;
import com.xcord.events.notification.NotificationRemoved;
import com.xcord.realtime.protocol.DispatchPayload;
import com.xcord.realtime.protocol.DispatchType;
import com.xcord.realtime.protocol.UnreadUpdateView;

import java.time.Instant;
import java.util.List;

/**
 * What clients see of notification-service's events: its REST resources' shapes (a line of
 * {@code GET /notifications?grouped=true}, the badge of {@code GET /notifications/unread-count}), mapped here and
 * nowhere else.
 */
public final class NotificationViews {

    public record ActorView(String id) {
    }

    public record SubjectView(String type, String id, String serverId, String channelId, String conversationId,
            String excerpt) {
    }

    /** The grouped line the notification created or grew. */
    @DispatchPayload(DispatchType.NOTIFICATION_CREATE)
    public record NotificationGroupView(String groupKey, String type, int count, List<ActorView> sampleActors,
            String latestNotificationId, Instant latestAt, boolean read, SubjectView subject) {
    }

    /** A notification left the list: which, and how many its group still holds. */
    @DispatchPayload(DispatchType.NOTIFICATION_DELETE)
    public record NotificationDeleteView(String id, String groupKey, int count) {
    }

    static NotificationGroupView created(NotificationCreated n) {
        List<String> actors = n.sampleActorIds() == null ? List.of() : n.sampleActorIds();
        return new NotificationGroupView(n.groupKey(), n.type(), n.groupCount(),
                actors.stream().map(ActorView::new).toList(), n.notificationId(), n.createdAt(), false,
                new SubjectView(n.subjectType(), n.subjectId(), n.serverId(), n.channelId(), n.conversationId(),
                        n.excerpt()));
    }

    static NotificationDeleteView removed(NotificationRemoved r) {
        return new NotificationDeleteView(r.notificationId(), r.groupKey(), r.groupCount());
    }

    /** The badge as {@code GET /notifications/unread-count} shows it: exact, and capped for display. */
    static UnreadUpdateView badge(int unread) {
        return UnreadUpdateView.ofNotifications(unread, unread > 99 ? "99+" : Integer.toString(unread));
    }

    private NotificationViews() {
    }
}
