package com.xcord.live.ingest;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.StreamEndedV2;
import com.xcord.events.live.StreamStarted;
import com.xcord.live.support.IngestCalls;
import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.EventProbe;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** nginx-rtmp's callbacks, sent as nginx sends them, to the ingest port. */
class IngestCallbackTests extends IntegrationTest {

    @Nested
    class OnPublish {

        @Test
        void theOwnersKeyTakesThePreparedStreamLiveAndRedirectsToItsPublicId() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer, "Speedrun", "2");
            String key = streams.key(streamer);
            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
                HttpResponse<String> answer = ingest.onPublish(key, "7");

                assertThat(answer.statusCode()).isEqualTo(302);
                assertThat(answer.headers().firstValue("Location")).hasValue(Long.toString(streamId));
                EventEnvelope<StreamStarted> started = probe.awaitFirst(LiveEvents.STREAM_STARTED,
                        s -> s.streamId().equals(Long.toString(streamId)));
                assertThat(started.data().userId()).isEqualTo(Long.toString(streamer));
                assertThat(started.data().title()).isEqualTo("Speedrun");
                assertThat(started.data().category()).isEqualTo("Gaming");
                assertThat(started.subject()).isEqualTo(Long.toString(streamId));
            }
            var stream = streams.get(streamId);
            assertThat(stream.text("status")).isEqualTo("live");
            assertThat(stream.text("startedAt")).isNotNull();
            assertThat(stream.text("playbackUrl")).endsWith("/" + streamId + "/index.m3u8").doesNotContain(key);
            assertThat(api.get("/api/v1/users/" + streamer + "/live").as(newUser()).send().text("id"))
                    .isEqualTo(Long.toString(streamId));
        }

        @Test
        void withoutAPreparedStreamANewOneGoesLive() {
            long streamer = newUser();
            HttpResponse<String> answer = ingest.onPublish(streams.key(streamer), "8");

            assertThat(answer.statusCode()).isEqualTo(302);
            String id = answer.headers().firstValue("Location").orElseThrow();
            assertThat(streams.get(Long.parseLong(id)).text("title")).isEqualTo("Untitled stream");
        }

        @Test
        void anUnknownKeyIsRefusedAndNothingGoesLive() {
            long streamer = newUser();
            long streamId = streams.prepare(streamer);
            streams.key(streamer);

            assertThat(ingest.onPublish("sk_not-anybodys-key", "9").statusCode()).isEqualTo(403);
            assertThat(ingest.onPublish("", "9").statusCode()).isEqualTo(403);
            assertThat(streams.status(streamId)).isEqualTo("idle");
        }

        @Test
        void aSecondPublisherWithTheSameKeyIsRefused() {
            long streamer = newUser();
            String key = streams.key(streamer);
            assertThat(ingest.onPublish(key, "10").statusCode()).isEqualTo(302);

            assertThat(ingest.onPublish(key, "11").statusCode()).isEqualTo(409);
        }

        @Test
        void aRotatedKeyIsRefusedAtOnce() {
            long streamer = newUser();
            String old = streams.key(streamer);
            String fresh = streams.rotateKey(streamer);

            assertThat(ingest.onPublish(old, "12").statusCode()).isEqualTo(403);
            assertThat(ingest.onPublish(fresh, "12").statusCode()).isEqualTo(302);
        }

        @Test
        void anotherApplicationIsRefused() {
            var form = IngestCalls.form("publish", streams.key(newUser()), "13");
            form.put("app", "hls");

            assertThat(IngestCalls.post(ingestPort(), "on-publish", form).statusCode()).isEqualTo(403);
        }

        @Test
        void theCallbacksAreNotAnsweredOnTheApiPortNorTheApiOnTheIngestPort() {
            String key = streams.key(newUser());

            HttpResponse<String> onApiPort = IngestCalls.post(port, "on-publish", IngestCalls.form("publish", key, "1"));
            assertThat(onApiPort.statusCode()).isEqualTo(404);
            assertThat(onApiPort.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            long streamId = streams.prepare(newUser());
            assertThat(streams.get(streamId).status()).isEqualTo(200);
            assertThat(new com.xcord.servicekit.test.Api(ingestPort()).get("/api/v1/live/streams/" + streamId).as(1L)
                    .send().status()).isEqualTo(404);
        }
    }

    @Nested
    class OnUpdate {

        @Test
        void keepsALiveStreamAliveFromItsOwnConnection() {
            long streamer = newUser();
            String key = streams.key(streamer);
            ingest.onPublish(key, "20");

            assertThat(ingest.onUpdate(key, "20").statusCode()).isEqualTo(200);
            assertThat(ingest.onUpdate(key, "21").statusCode()).isEqualTo(409);
        }

        @Test
        void cutsTheStreamOnceItsKeyWasRotated() {
            long streamer = newUser();
            String key = streams.key(streamer);
            String id = ingest.onPublish(key, "22").headers().firstValue("Location").orElseThrow();
            streams.rotateKey(streamer);

            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
                assertThat(ingest.onUpdate(key, "22").statusCode()).isEqualTo(403);
                StreamEndedV2 ended = probe.awaitFirst(LiveEvents.STREAM_ENDED_V2, e -> e.streamId().equals(id)).data();
                assertThat(ended.reason()).isEqualTo("key_rotated");
            }
            assertThat(streams.status(Long.parseLong(id))).isEqualTo("ended");
        }

        @Test
        void cutsAStreamTheStreamerEnded() {
            long streamer = newUser();
            String key = streams.key(streamer);
            String id = ingest.onPublish(key, "23").headers().firstValue("Location").orElseThrow();
            assertThat(api.post("/api/v1/live/streams/" + id + "/end").as(streamer).send().status()).isEqualTo(200);

            assertThat(ingest.onUpdate(key, "23").statusCode()).isEqualTo(404);
        }

        @Test
        void findsTheStreamByItsPublicIdToo() {
            long streamer = newUser();
            String id = ingest.onPublish(streams.key(streamer), "24").headers().firstValue("Location").orElseThrow();

            assertThat(ingest.onUpdate(id, "24").statusCode()).isEqualTo(200);
        }
    }

    @Nested
    class OnPublishDone {

        @Test
        void endsTheStreamWithItsDurationAndPeak() {
            long streamer = newUser();
            String key = streams.key(streamer);
            String id = ingest.onPublish(key, "30").headers().firstValue("Location").orElseThrow();

            try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE)) {
                assertThat(ingest.onPublishDone(key, "30").statusCode()).isEqualTo(200);
                StreamEndedV2 ended = probe.awaitFirst(LiveEvents.STREAM_ENDED_V2, e -> e.streamId().equals(id)).data();
                assertThat(ended.reason()).isEqualTo("unpublished");
                assertThat(ended.userId()).isEqualTo(Long.toString(streamer));
                assertThat(ended.durationSeconds()).isGreaterThanOrEqualTo(0);
                assertThat(ended.endedAt()).isAfterOrEqualTo(ended.startedAt());
            }
            var stream = streams.get(Long.parseLong(id));
            assertThat(stream.text("status")).isEqualTo("ended");
            assertThat(stream.body().path("playbackUrl").isNull()).isTrue();
            assertThat(api.get("/api/v1/users/" + streamer + "/live").as(1L).send().status()).isEqualTo(404);
        }

        @Test
        void fromAnotherConnectionChangesNothing() {
            long streamer = newUser();
            String key = streams.key(streamer);
            String id = ingest.onPublish(key, "31").headers().firstValue("Location").orElseThrow();

            assertThat(ingest.onPublishDone(key, "32").statusCode()).isEqualTo(200);
            assertThat(streams.status(Long.parseLong(id))).isEqualTo("live");
        }
    }

    @Nested
    class Watchdog {

        @Test
        void endsAStreamWhoseIngestStoppedReporting() {
            long streamer = newUser();
            String id = ingest.onPublish(streams.key(streamer), "40").headers().firstValue("Location").orElseThrow();
            // the ingest "crashes": no on_update, no on_publish_done (the test settings time out after 6 s)

            await().atMost(Duration.ofSeconds(30)).until(() -> streams.status(Long.parseLong(id)).equals("ended"));
            assertThat(count("SELECT count(*) FROM stream WHERE id = ? AND end_reason = 'ingest_lost'",
                    Long.parseLong(id))).isEqualTo(1);
        }
    }
}
