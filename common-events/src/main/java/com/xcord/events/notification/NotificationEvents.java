package com.xcord.events.notification;

import com.xcord.events.EventType;
import com.xcord.events.Topics;

/**
 * Event types notification-service publishes on {@link Topics#NOTIFICATION}, keyed (and subject) by the
 * recipient's user id, so one user's notifications and badge changes stay in order. realtime-service turns them
 * into the recipient's {@code NOTIFICATION_CREATE}, {@code NOTIFICATION_DELETE} and {@code UNREAD_UPDATE}.
 */
public final class NotificationEvents {

    public static final EventType<NotificationCreated> NOTIFICATION_CREATED =
            new EventType<>("notification.created", 1, Topics.NOTIFICATION, NotificationCreated.class);
    public static final EventType<NotificationRemoved> NOTIFICATION_REMOVED =
            new EventType<>("notification.removed", 1, Topics.NOTIFICATION, NotificationRemoved.class);
    public static final EventType<NotificationsRead> NOTIFICATIONS_READ =
            new EventType<>("notification.read", 1, Topics.NOTIFICATION, NotificationsRead.class);

    private NotificationEvents() {
    }
}
