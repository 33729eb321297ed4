package com.xcord.media.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.media.MediaDeleted;
import com.xcord.events.media.MediaEvents;
import com.xcord.events.media.MediaFailed;
import com.xcord.events.media.MediaReady;
import com.xcord.events.media.MediaUpdated;
import com.xcord.media.support.IntegrationTest;
import com.xcord.media.support.TestImages;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each state change of a media object is one event on xcord.media.events, keyed by its id. */
class MediaEventsTests extends IntegrationTest {

    @Test
    void readyUpdatedAndDeletedCarryTheMediaObject() {
        long alice = newUser();
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.MEDIA)) {
            Api.Response created = uploads.multipart().as(alice).file(TestImages.jpeg(640, 480), "a.jpg", "image/jpeg")
                    .field("purpose", "avatar").send().expect(201);
            String id = created.text("id");

            EventEnvelope<MediaReady> ready = probe.awaitFirst(MediaEvents.MEDIA_READY, r -> r.media().id().equals(id));
            assertThat(ready.subject()).isEqualTo(id);
            assertThat(ready.data().purpose()).isEqualTo("avatar");
            assertThat(ready.data().media().ownerId()).isEqualTo(Long.toString(alice));
            assertThat(ready.data().media().kind()).isEqualTo("image");
            assertThat(ready.data().media().blurhash()).isEqualTo(created.text("blurhash"));
            assertThat(ready.data().media().width()).isEqualTo(640);
            assertThat(ready.data().media().variants()).extracting(v -> v.name()).containsExactly("original", "small");

            api.patch("/api/v1/media/" + id).as(alice).json(Map.of("description", "me")).send().expect(200);
            EventEnvelope<MediaUpdated> updated = probe.awaitFirst(MediaEvents.MEDIA_UPDATED, u -> u.media().id().equals(id));
            assertThat(updated.data().media().description()).isEqualTo("me");

            api.delete("/api/v1/media/" + id).as(alice).send().expect(204);
            EventEnvelope<MediaDeleted> deleted = probe.awaitFirst(MediaEvents.MEDIA_DELETED, d -> d.mediaId().equals(id));
            assertThat(deleted.data().ownerId()).isEqualTo(Long.toString(alice));
        }
    }

    @Test
    void aCorruptUploadIsMediaFailed() {
        long alice = newUser();
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.MEDIA)) {
            String id = uploads.upload(alice, TestImages.corruptPng(), "b.png", "image/png").expect(400).text("mediaId");

            EventEnvelope<MediaFailed> failed = probe.awaitFirst(MediaEvents.MEDIA_FAILED, f -> f.mediaId().equals(id));
            assertThat(failed.data().ownerId()).isEqualTo(Long.toString(alice));
            assertThat(failed.data().reason()).contains("corrupt");
        }
    }
}
