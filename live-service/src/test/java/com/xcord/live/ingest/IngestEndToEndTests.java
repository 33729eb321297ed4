package com.xcord.live.ingest;

import com.xcord.events.Topics;
import com.xcord.events.live.LiveEvents;
import com.xcord.events.live.StreamEndedV2;

import com.xcord.live.support.IntegrationTest;
import com.xcord.servicekit.test.EventProbe;
import com.xcord.testkit.IngestTools;
import com.xcord.testkit.RtmpIngest;
import com.xcord.testkit.RtmpPublisher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The real ingest: nginx with its RTMP module, configured from the repository's template and calling this service
 * back, and ffmpeg publishing a synthetic stream (test pattern and tone). Provisioned when missing (testkit's
 * {@link IngestTools}: apt-get as root), never skipped.
 */
class IngestEndToEndTests extends IntegrationTest {

    /** The update interval of the test settings (application.yml under src/test). */
    private static final Duration UPDATE_INTERVAL = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RtmpIngest rtmp;
    private static Path ffmpeg;

    private Path logs;

    @BeforeEach
    void ingest(TestInfo test) {
        if (rtmp == null) {
            IngestTools.Nginx nginx = IngestTools.provisionNginx();
            ffmpeg = IngestTools.provisionFfmpeg();
            rtmp = RtmpIngest.start(nginx, new RtmpIngest.Settings(Path.of("target", "rtmp-ingest"), 0, 0,
                    "http://127.0.0.1:" + ingestPort() + "/api/v1/live/ingest", UPDATE_INTERVAL));
        }
        logs = Path.of("target", "rtmp-ingest", "encoders", test.getTestMethod().orElseThrow().getName() + ".log");
    }

    @AfterAll
    static void stopIngest() {
        if (rtmp != null) {
            rtmp.close();
            rtmp = null;
        }
    }

    @Test
    void theRightKeyGoesLiveServesHlsUnderThePublicIdOnlyAndEndsWithTheEncoder() throws IOException {
        long streamer = newUser();
        long streamId = streams.prepare(streamer, "Test pattern", "6");
        String key = streams.key(streamer);
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE);
             RtmpPublisher encoder = RtmpPublisher.publish(ffmpeg, rtmp.rtmpUrl(), key, 12, logs)) {
            probe.awaitFirst(LiveEvents.STREAM_STARTED, s -> s.streamId().equals(Long.toString(streamId)));
            assertThat(streams.status(streamId)).isEqualTo("live");

            String playlistUrl = rtmp.playbackBaseUrl() + "/" + streamId + "/index.m3u8";
            HttpResponse<String> playlist = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> get(playlistUrl), r -> r.statusCode() == 200 && r.body().contains(".ts"));
            assertThat(playlist.headers().firstValue("Content-Type")).hasValue("application/vnd.apple.mpegurl");
            assertThat(playlist.headers().firstValue("Cache-Control")).hasValue("no-cache");
            String segment = playlist.body().lines().filter(l -> l.endsWith(".ts")).findFirst().orElseThrow();
            HttpResponse<String> ts = get(rtmp.playbackBaseUrl() + "/" + streamId + "/" + segment);
            assertThat(ts.statusCode()).isEqualTo(200);
            assertThat(ts.headers().firstValue("Content-Type")).hasValue("video/mp2t");
            assertThat(streams.get(streamId).text("playbackUrl")).endsWith("/" + streamId + "/index.m3u8");
            assertThat(filesUnder(rtmp.hlsDir())).isNotEmpty().noneMatch(p -> p.contains(key))
                    .anyMatch(p -> p.startsWith(rtmp.hlsDir().resolve(Long.toString(streamId)).toString()));
            assertThat(get(rtmp.playbackBaseUrl() + "/" + key + "/index.m3u8").statusCode()).isEqualTo(404);

            assertThat(encoder.awaitExit(Duration.ofSeconds(40))).as(encoder.output()).isNotNull();
            StreamEndedV2 ended = probe.awaitFirst(LiveEvents.STREAM_ENDED_V2,
                    e -> e.streamId().equals(Long.toString(streamId))).data();
            assertThat(ended.reason()).isEqualTo("unpublished");
            assertThat(ended.durationSeconds()).isBetween(5L, 40L);
        }
        assertThat(streams.status(streamId)).isEqualTo("ended");
    }

    @Test
    void aWrongKeyIsRefusedAndNothingGoesLive() {
        long streamer = newUser();
        long streamId = streams.prepare(streamer);
        streams.key(streamer);
        try (RtmpPublisher encoder = RtmpPublisher.publish(ffmpeg, rtmp.rtmpUrl(), "sk_wrong-key-0000000000", 10, logs)) {
            Integer exit = encoder.awaitExit(Duration.ofSeconds(20));

            assertThat(exit).as("ffmpeg refused, not left publishing: %s", encoder.output()).isNotNull().isNotZero();
        }
        assertThat(streams.status(streamId)).isEqualTo("idle");
        assertThat(filesUnder(rtmp.hlsDir())).noneMatch(p -> p.contains("sk_wrong"));
    }

    @Test
    void rotatingTheKeyCutsTheRunningStreamWithinOneUpdateInterval() {
        long streamer = newUser();
        long streamId = streams.prepare(streamer);
        String key = streams.key(streamer);
        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.LIVE);
             RtmpPublisher encoder = RtmpPublisher.publish(ffmpeg, rtmp.rtmpUrl(), key, 120, logs)) {
            probe.awaitFirst(LiveEvents.STREAM_STARTED, s -> s.streamId().equals(Long.toString(streamId)));

            streams.rotateKey(streamer);

            // one update interval, plus the time nginx takes to ask and to close the connection
            assertThat(encoder.awaitExit(UPDATE_INTERVAL.multipliedBy(2).plusSeconds(3)))
                    .as("ffmpeg was cut: %s", encoder.output()).isNotNull();
            StreamEndedV2 ended = probe.awaitFirst(LiveEvents.STREAM_ENDED_V2,
                    e -> e.streamId().equals(Long.toString(streamId))).data();
            assertThat(ended.reason()).isEqualTo("key_rotated");
        }
    }

    @Test
    void endingTheStreamOverTheApiCutsTheEncoder() {
        long streamer = newUser();
        long streamId = streams.prepare(streamer);
        try (RtmpPublisher encoder = RtmpPublisher.publish(ffmpeg, rtmp.rtmpUrl(), streams.key(streamer), 120, logs)) {
            await().atMost(Duration.ofSeconds(20)).until(() -> streams.status(streamId).equals("live"));

            assertThat(api.post("/api/v1/live/streams/" + streamId + "/end").as(streamer).send().status())
                    .isEqualTo(200);

            assertThat(encoder.awaitExit(UPDATE_INTERVAL.multipliedBy(2).plusSeconds(3)))
                    .as("ffmpeg was cut: %s", encoder.output()).isNotNull();
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> filesUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(Path::toString).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
