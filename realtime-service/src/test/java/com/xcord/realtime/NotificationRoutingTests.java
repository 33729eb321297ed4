package com.xcord.realtime;

import static com.xcord.realtime.support.Events.publish;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.events.notification.NotificationCreated;
import com.xcord.events.notification.NotificationEvents;
import com.xcord.events.notification.NotificationRemoved;
import com.xcord.events.notification.NotificationsRead;
import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * notification-service's events reach their recipient only, on every device: NOTIFICATION_CREATE (the grouped line)
 * with the badge's UNREAD_UPDATE, NOTIFICATION_DELETE, and UNREAD_UPDATE when the recipient reads on one device.
 */
class NotificationRoutingTests extends RealtimeTestBase {

    private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

    @Test
    void aNotificationReachesEveryDeviceOfItsRecipientAsItsGroupedLineAndTheBadge() {
        String recipient = World.user("recipient");
        String other = World.user("other");
        WsClient laptop = online(recipient);
        WsClient phone = online(recipient);
        WsClient stranger = online(other);
        String id = Long.toString(Events.newId());

        publish(NotificationEvents.NOTIFICATION_CREATED, recipient, created(id, recipient, "like:30:" + id, 3, 120));

        JsonNode d = laptop.awaitDispatch("NOTIFICATION_CREATE", n -> text(n, "latestNotificationId").equals(id))
                .path("d");
        assertThat(text(d, "groupKey")).isEqualTo("like:30:" + id);
        assertThat(text(d, "type")).isEqualTo("like");
        assertThat(d.path("count").asInt()).isEqualTo(3);
        assertThat(d.path("sampleActors").valueStream().map(a -> text(a, "id"))).containsExactly("7", "8");
        assertThat(text(d, "latestAt")).isEqualTo(AT.toString());
        assertThat(d.path("read").asBoolean()).isFalse();
        assertThat(text(d.path("subject"), "type")).isEqualTo("post");
        assertThat(text(d.path("subject"), "id")).isEqualTo("30");
        assertThat(text(d.path("subject"), "excerpt")).isEqualTo("hello");
        phone.awaitDispatch("NOTIFICATION_CREATE", n -> text(n, "latestNotificationId").equals(id));
        JsonNode badge = phone.awaitDispatch("UNREAD_UPDATE", u -> u.path("unreadCount").asInt() == 120).path("d");
        assertThat(text(badge, "scope")).isEqualTo("notifications");
        assertThat(text(badge, "unreadDisplay")).isEqualTo("99+");
        assertThat(badge.has("conversationId")).isFalse();

        // a marker for the stranger, on the same partition after it: once it arrived, the first was not theirs
        String marker = Long.toString(Events.newId());
        publish(NotificationEvents.NOTIFICATION_CREATED, recipient, created(marker, other, "n:" + marker, 1, 1));
        stranger.awaitDispatch("NOTIFICATION_CREATE", n -> text(n, "latestNotificationId").equals(marker));
        assertThat(stranger.dispatches("NOTIFICATION_CREATE"))
                .noneMatch(n -> text(n.path("d"), "latestNotificationId").equals(id));
    }

    @Test
    void readingOnOneDeviceClearsTheBadgeOnTheOthers() {
        String recipient = World.user("reader");
        WsClient laptop = online(recipient);
        WsClient phone = online(recipient);

        publish(NotificationEvents.NOTIFICATIONS_READ, recipient, new NotificationsRead(recipient, List.of(), true, 0,
                AT));

        for (WsClient device : List.of(laptop, phone)) {
            JsonNode d = device.awaitDispatch("UNREAD_UPDATE", u -> "notifications".equals(text(u, "scope"))).path("d");
            assertThat(d.path("unreadCount").asInt()).isZero();
            assertThat(text(d, "unreadDisplay")).isEqualTo("0");
        }
    }

    @Test
    void aRemovalIsNotificationDeleteAndTheBadge() {
        String recipient = World.user("recipient");
        WsClient socket = online(recipient);
        String id = Long.toString(Events.newId());

        publish(NotificationEvents.NOTIFICATION_REMOVED, recipient, new NotificationRemoved(id, recipient, "like:30:1",
                2, 4, AT));

        JsonNode d = socket.awaitDispatch("NOTIFICATION_DELETE", n -> text(n, "id").equals(id)).path("d");
        assertThat(text(d, "groupKey")).isEqualTo("like:30:1");
        assertThat(d.path("count").asInt()).isEqualTo(2);
        socket.awaitDispatch("UNREAD_UPDATE", u -> u.path("unreadCount").asInt() == 4);
    }

    private static NotificationCreated created(String id, String recipient, String groupKey, int count, int unread) {
        return new NotificationCreated(id, recipient, "like", "8", "post", "30", null, null, null, "hello", groupKey,
                count, List.of("7", "8"), unread, AT);
    }
}
