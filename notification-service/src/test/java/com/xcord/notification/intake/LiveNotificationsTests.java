package com.xcord.notification.intake;

import com.xcord.notification.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static com.xcord.notification.support.Notifications.about;
import static org.assertj.core.api.Assertions.assertThat;

/** live-service's {@code live.stream.started} (a synthetic event: live-service does not exist yet) tells followers. */
class LiveNotificationsTests extends IntegrationTest {

    @Test
    void goingLiveNotifiesTheFollowersButNotTheBlocked() {
        long streamer = world.user();
        long fan = world.user();
        long blockedFan = world.user();
        long stranger = world.user();
        world.follow(fan, streamer);
        world.follow(blockedFan, streamer);
        world.block(streamer, blockedFan);

        long stream = world.goLive(streamer, "Speedrun");

        JsonNode live = notifications.await(fan, about(stream));
        assertThat(live.path("type").asString()).isEqualTo("live_started");
        assertThat(live.path("subject").path("type").asString()).isEqualTo("stream");
        assertThat(live.path("subject").path("excerpt").asString()).isEqualTo("Speedrun");
        assertThat(live.path("actor").path("id").asString()).isEqualTo(Long.toString(streamer));
        assertThat(notifications.of(blockedFan)).isEmpty();
        assertThat(notifications.of(stranger)).isEmpty();
    }
}
