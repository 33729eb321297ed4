package com.xcord.realtime.routes.notification;

import static com.xcord.realtime.protocol.DispatchType.NOTIFICATION_CREATE;
import static com.xcord.realtime.protocol.DispatchType.NOTIFICATION_DELETE;
import static com.xcord.realtime.protocol.DispatchType.UNREAD_UPDATE;

import com.xcord.events.notification.NotificationCreated;
import com.xcord.events.notification.NotificationRemoved;
import com.xcord.events.notification.NotificationsRead;
import com.xcord.realtime.delivery.Delivery;
import com.xcord.realtime.projection.EventRoutes;
import com.xcord.realtime.projection.RouteTable;
import org.springframework.stereotype.Component;

/**
 * notification-service's events go to their recipient only — all of their sessions, on every device — and change
 * no projection: a new notification is NOTIFICATION_CREATE (its grouped line) then UNREAD_UPDATE (the badge); a
 * removal NOTIFICATION_DELETE then UNREAD_UPDATE; reading (on any device) UNREAD_UPDATE, so the others clear
 * their badge.
 */
@Component
class NotificationRoutes implements EventRoutes {

    private final Delivery delivery;

    NotificationRoutes(Delivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public void register(RouteTable routes) {
        routes.on(NotificationCreated.class, this::created)
                .on(NotificationRemoved.class, this::removed)
                .on(NotificationsRead.class, this::read);
    }

    private void created(NotificationCreated n, String id, boolean live) {
        if (live) {
            delivery.toUser(n.recipientId(), NOTIFICATION_CREATE, NotificationViews.created(n), id);
            delivery.toUser(n.recipientId(), UNREAD_UPDATE, NotificationViews.badge(n.unreadCount()), id + ":unread");
        }
    }

    private void removed(NotificationRemoved r, String id, boolean live) {
        if (live) {
            delivery.toUser(r.recipientId(), NOTIFICATION_DELETE, NotificationViews.removed(r), id);
            delivery.toUser(r.recipientId(), UNREAD_UPDATE, NotificationViews.badge(r.unreadCount()), id + ":unread");
        }
    }

    private void read(NotificationsRead r, String id, boolean live) {
        if (live) {
            delivery.toUser(r.recipientId(), UNREAD_UPDATE, NotificationViews.badge(r.unreadCount()), id);
        }
    }
}
