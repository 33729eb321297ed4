package com.xcord.media.video;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.events.Topics;
import com.xcord.events.media.MediaEvents;
import com.xcord.media.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import com.xcord.servicekit.test.EventProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Video through the worker, where ffmpeg is installed (Debian's {@code ffmpeg} package): 202 processing, then ready
 * with duration, size, a poster as {@code small} and its BlurHash. The test base provisions ffmpeg (testkit's
 * {@code IngestTools}); {@link VideoWithoutFfmpegTests} covers a machine without it.
 */
class VideoTests extends IntegrationTest {

    @Autowired
    MediaTools tools;

    @Test
    void aVideoIsProcessedInTheBackgroundIntoAReadyObjectWithAPoster() throws Exception {
        assertThat(tools.available()).as("ffprobe/ffmpeg on the PATH (IntegrationTest provisions them)").isTrue();
        byte[] mp4 = TestVideos.mp4(Duration.ofSeconds(3), 320, 240);
        long alice = newUser();

        try (EventProbe probe = EventProbe.fromNow(kafka, Topics.MEDIA)) {
            Api.Response accepted = uploads.upload(alice, mp4, "clip.mp4", "video/mp4");

            assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
            assertThat(accepted.text("status")).isEqualTo("processing");
            assertThat(accepted.text("kind")).isEqualTo("video");
            String id = accepted.text("id");
            probe.awaitFirst(MediaEvents.MEDIA_READY, r -> r.media().id().equals(id));
            Api.Response ready = api.get("/api/v1/media/" + id).as(alice).send();
            assertThat(ready.text("status")).isEqualTo("ready");
            assertThat(ready.body().path("width").asInt()).isEqualTo(320);
            assertThat(ready.body().path("height").asInt()).isEqualTo(240);
            assertThat(ready.body().path("durationMs").asLong()).isBetween(2_900L, 3_100L);
            assertThat(ready.text("blurhash")).hasSize(28);
            assertThat(ready.body().path("variants").path("small").path("contentType").asString()).isEqualTo("image/jpeg");
            assertThat(storage.keysOf(Long.parseLong(id))).hasSize(2);
        }
    }

    @Test
    void anUndecodableVideoEndsFailed() throws Exception {
        assertThat(tools.available()).as("ffprobe/ffmpeg on the PATH (IntegrationTest provisions them)").isTrue();
        byte[] mp4 = TestVideos.mp4(Duration.ofSeconds(1), 64, 48);
        byte[] broken = java.util.Arrays.copyOf(mp4, 64);  // the ftyp box sniffs as MP4; nothing after it decodes
        long alice = newUser();

        Api.Response accepted = uploads.upload(alice, broken, "broken.mp4", "video/mp4");

        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                api.get("/api/v1/media/" + accepted.text("id")).as(alice).send().text("status").equals("failed"));
    }

    /** Test clips made by ffmpeg itself (its synthetic test source). */
    static final class TestVideos {

        static byte[] mp4(Duration length, int width, int height) throws IOException, InterruptedException {
            Path out = Files.createTempFile("xcord-test-video", ".mp4");
            try {
                Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i",
                        "testsrc=duration=" + length.toSeconds() + ":size=" + width + "x" + height + ":rate=10",
                        "-pix_fmt", "yuv420p", out.toString()).redirectErrorStream(true).start();
                assertThat(ffmpeg.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(ffmpeg.exitValue()).isZero();
                return Files.readAllBytes(out);
            } finally {
                Files.deleteIfExists(out);
            }
        }
    }
}
