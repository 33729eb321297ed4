package com.xcord.e2e.notification;

import static com.xcord.e2e.support.DispatchAssert.assertSameAsRest;
import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.e2e.support.Client;
import com.xcord.e2e.support.Client.User;
import com.xcord.e2e.support.EventTopicsOnFailure;
import com.xcord.e2e.support.Fleet;
import com.xcord.e2e.support.Sockets;
import com.xcord.realtime.support.WsClient;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import java.time.Duration;

/**
 * Issue 16 end to end: feed-service's like → notification-service → realtime-service, clients only through the
 * gateway's HTTP API and /ws. The author's devices get NOTIFICATION_CREATE (the grouped line, the same as
 * {@code GET /notifications?grouped=true} shows it) and the badge; reading on one device clears it on the other;
 * an unlike takes the notification back.
 */
@ExtendWith(EventTopicsOnFailure.class)
class NotificationEndToEndTests {

    private final Fleet fleet = Fleet.shared();
    private final Client api = new Client(fleet);
    @RegisterExtension
    final Sockets sockets = new Sockets(fleet);

    @Test
    void aLikeReachesTheAuthorsDevicesAndReadingOnOneClearsTheBadgeOnTheOther() {
        User author = api.register("n_author");
        User fan = api.register("n_fan");
        WsClient laptop = sockets.identified(author);
        WsClient phone = sockets.identified(author);
        String post = api.post(author, Client.unique("like me"), "public");

        api.like(fan, post);

        JsonNode d = laptop.awaitDispatch("NOTIFICATION_CREATE",
                n -> post.equals(n.path("subject").path("id").asString())).path("d");
        assertThat(d.path("type").asString()).isEqualTo("like");
        assertThat(d.path("count").asInt()).isEqualTo(1);
        assertThat(d.path("sampleActors").get(0).path("id").asString()).isEqualTo(fan.id());
        assertSameAsRest("NOTIFICATION_CREATE", d, api.notifications(author, true).get(0));
        JsonNode badge = phone.awaitDispatch("UNREAD_UPDATE",
                u -> "notifications".equals(u.path("scope").asString()) && u.path("unreadCount").asInt() == 1)
                .path("d");
        assertThat(badge.path("unreadDisplay").asString()).isEqualTo("1");
        assertThat(api.unreadNotifications(author).path("unreadCount").asInt()).isEqualTo(1);

        api.readAllNotifications(author);

        phone.awaitDispatch("UNREAD_UPDATE",
                u -> "notifications".equals(u.path("scope").asString()) && u.path("unreadCount").asInt() == 0);
        assertThat(api.unreadNotifications(author).path("unreadCount").asInt()).isZero();
    }

    @Test
    void anUnlikeTakesTheNotificationBack() {
        User author = api.register("n_author");
        User fan = api.register("n_fan");
        WsClient socket = sockets.identified(author);
        String post = api.post(author, Client.unique("fickle"), "public");
        api.like(fan, post);
        JsonNode created = socket.awaitDispatch("NOTIFICATION_CREATE",
                n -> post.equals(n.path("subject").path("id").asString())).path("d");

        api.unlike(fan, post);

        JsonNode deleted = socket.awaitDispatch("NOTIFICATION_DELETE",
                n -> created.path("latestNotificationId").asString().equals(n.path("id").asString())).path("d");
        assertThat(deleted.path("count").asInt()).isZero();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> api.notifications(author, false).isEmpty());
    }
}
