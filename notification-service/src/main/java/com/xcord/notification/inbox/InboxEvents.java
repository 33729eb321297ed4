package com.xcord.notification.inbox;

import com.xcord.events.notification.NotificationCreated;
import com.xcord.events.notification.NotificationEvents;
import com.xcord.events.notification.NotificationRemoved;
import com.xcord.events.notification.NotificationsRead;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** Publishes the inbox's facts through the outbox, keyed by the recipient (their order is the badge's order). */
@Component
class InboxEvents {

    private final Outbox outbox;

    InboxEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void created(long id, NewNotification n, String groupKey, int groupCount, List<Long> sampleActors, int unread) {
        String recipient = Ids.format(n.recipientId());
        outbox.publish(NotificationEvents.NOTIFICATION_CREATED, recipient, new NotificationCreated(Ids.format(id),
                recipient, n.type().wire(), Ids.format(n.actorId()), n.subjectType(), Ids.format(n.subjectId()),
                Ids.formatNullable(n.serverId()), Ids.formatNullable(n.channelId()),
                Ids.formatNullable(n.conversationId()), n.excerpt(), groupKey, groupCount,
                sampleActors.stream().map(Ids::format).toList(), unread, n.createdAt()));
    }

    void removed(StoredNotification n, int groupCount, int unread, Instant at) {
        String recipient = Ids.format(n.recipientId());
        outbox.publish(NotificationEvents.NOTIFICATION_REMOVED, recipient, new NotificationRemoved(Ids.format(n.id()),
                recipient, n.groupKey(), groupCount, unread, at));
    }

    void read(long recipientId, List<Long> ids, boolean all, int unread, Instant at) {
        String recipient = Ids.format(recipientId);
        outbox.publish(NotificationEvents.NOTIFICATIONS_READ, recipient, new NotificationsRead(recipient,
                all ? List.of() : ids.stream().map(Ids::format).toList(), all, unread, at));
    }
}
