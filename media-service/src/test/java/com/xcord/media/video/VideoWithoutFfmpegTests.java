package com.xcord.media.video;

import static org.assertj.core.api.Assertions.assertThat;

import com.xcord.media.support.IntegrationTest;
import com.xcord.servicekit.test.Api;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * What happens where ffmpeg is not installed, decided here rather than by the machine: the service's
 * {@link MediaTools} is replaced by one pointing at commands that do not exist. A video upload is kept as a plain file
 * with a status saying why — never a crash, never stuck in processing.
 */
class VideoWithoutFfmpegTests extends IntegrationTest {

    @TestBean
    MediaTools mediaTools;

    @Autowired
    MediaTools tools;

    static MediaTools mediaTools() {
        return new MediaTools(new com.xcord.media.MediaProperties(null, null, null, null,
                new com.xcord.media.MediaProperties.Video("/nonexistent/ffprobe", "/nonexistent/ffmpeg",
                        java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(1)), null));
    }

    @Test
    void aVideoIsStoredAsAPlainFileWithAClearStatus() {
        assertThat(tools.available()).isFalse();
        long alice = newUser();

        Api.Response created = uploads.upload(alice, minimalMp4(), "clip.mp4", "video/mp4");

        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.text("status")).isEqualTo("ready");
        assertThat(created.text("kind")).isEqualTo("file");
        assertThat(created.text("contentType")).startsWith("video/");  // what Tika names this brand (mp4 or quicktime)
        assertThat(created.text("statusReason")).contains("ffmpeg not installed");
        assertThat(storage.keysOf(Long.parseLong(created.text("id")))).hasSize(1);
    }

    /** An ISO BMFF {@code ftyp} box of brand {@code isom}: what Tika's magic recognises as video/mp4. */
    static byte[] minimalMp4() {
        ByteBuffer box = ByteBuffer.allocate(32);
        box.putInt(32).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII))
                .putInt(0x200).put("isomiso2avc1mp41".getBytes(StandardCharsets.US_ASCII));
        return box.array();
    }
}
