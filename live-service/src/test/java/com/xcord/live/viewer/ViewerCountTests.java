package com.xcord.live.viewer;

import com.xcord.events.Topics;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.ViewerCountChanged;
import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.EventProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Viewer counts from the Redis sets realtime-service keeps (written here as realtime-service writes them): counted,
 * announced when they change, the peak kept, expired entries dropped.
 */
class ViewerCountTests extends IntegrationTest {

    private void watch(String streamId, String userId, Duration expiresIn) {
        redis.opsForZSet().add(ViewerSampler.KEY_PREFIX + streamId, userId,
                System.currentTimeMillis() + expiresIn.toMillis());
    }

    @Test
    void countsUniqueViewersAnnouncesChangesAndKeepsThePeak() {
        long streamer = newUser();
        String id = ingest.onPublish(streams.key(streamer), "50").headers().firstValue("Location").orElseThrow();
        // the ingest keeps reporting for the length of the test: the watchdog leaves the stream live
        db.sql("UPDATE stream SET last_ingest_at = now() + interval '1 hour' WHERE id = ?").params(Long.parseLong(id))
                .update();
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
            for (int viewer = 1; viewer <= 3; viewer++) {
                watch(id, Integer.toString(viewer), Duration.ofMinutes(1));
            }
            watch(id, "4", Duration.ofMillis(1500)); // a crashed client: its entry is not refreshed

            ViewerCountChanged four = probe.awaitFirst(LiveEvents.VIEWER_COUNT_CHANGED,
                    v -> v.streamId().equals(id) && v.viewerCount() == 4).data();
            assertThat(four.peakViewers()).isEqualTo(4);
            ViewerCountChanged three = probe.awaitFirst(LiveEvents.VIEWER_COUNT_CHANGED,
                    v -> v.streamId().equals(id) && v.viewerCount() == 3).data();
            assertThat(three.peakViewers()).isEqualTo(4);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var stream = streams.get(Long.parseLong(id));
            assertThat(stream.body().path("viewerCount").asInt()).isEqualTo(3);
            assertThat(stream.body().path("peakViewers").asInt()).isEqualTo(4);
        });
    }
}
