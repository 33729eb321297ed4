package com.xcord.notification.intake;

import com.xcord.notification.support.IntegrationTest;
import com.xcord.notification.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static com.xcord.notification.support.Notifications.about;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DM becomes a {@code dm_message} notification only when its recipient has not read it within the delay (2 s in
 * the tests); reading later marks it read.
 */
class DmNotificationsTests extends IntegrationTest {

    @Test
    void anUnreadDmBecomesANotificationAfterTheDelayAndReadingMarksItRead() {
        long sender = world.user();
        long recipient = world.user();
        long conversation = World.newId();
        List<Long> both = List.of(sender, recipient);
        long message = world.dm(conversation, sender, both, "are you there?");

        JsonNode dm = notifications.await(recipient, about(message));
        assertThat(dm.path("type").asString()).isEqualTo("dm_message");
        assertThat(dm.path("subject").path("conversationId").asString()).isEqualTo(Long.toString(conversation));
        assertThat(dm.path("actor").path("id").asString()).isEqualTo(Long.toString(sender));
        assertThat(notifications.of(sender)).as("the sender").isEmpty();
        assertThat(notifications.unread(recipient)).isEqualTo(1);

        world.read(conversation, recipient, message, both);

        World.awaitUntil(() -> notifications.unread(recipient) == 0);
    }

    @Test
    void aDmReadWithinTheDelayIsNoNotification() {
        long sender = world.user();
        long recipient = world.user();
        long conversation = World.newId();
        List<Long> both = List.of(sender, recipient);
        long read = world.dmV2(conversation, sender, both, "quick one");
        world.read(conversation, recipient, read, both);
        long unread = world.dmV2(conversation, sender, both, "and another");

        notifications.await(recipient, about(unread));
        assertThat(notifications.of(recipient)).hasSize(1);
    }
}
