package com.xcord.media.video;

import com.xcord.media.MediaProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ffprobe and ffmpeg (Debian's {@code ffmpeg} package), run as processes with a timeout. Whether they are installed
 * is found once at start-up: without them video and audio are kept as plain files, with a status saying why.
 */
@Component
public class MediaTools {

    private static final Logger log = LoggerFactory.getLogger(MediaTools.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MediaProperties.Video settings;
    private final boolean available;

    MediaTools(MediaProperties properties) {
        this.settings = properties.video();
        this.available = runs(settings.ffprobe()) && runs(settings.ffmpeg());
        if (!available) {
            log.warn("ffprobe/ffmpeg not found ({} / {}): video and audio uploads are stored as plain files",
                    settings.ffprobe(), settings.ffmpeg());
        }
    }

    public boolean available() {
        return available;
    }

    /** What ffprobe says of a video or audio file. */
    public record Probe(Long durationMs, Integer width, Integer height, boolean hasVideo) {
    }

    public Probe probe(Path file) throws IOException {
        String out = run(List.of(settings.ffprobe(), "-v", "error", "-print_format", "json", "-show_format",
                "-show_streams", file.toString()));
        JsonNode json = JSON.readTree(out);
        Long duration = null;
        String seconds = json.path("format").path("duration").asString(null);
        if (seconds != null && !seconds.isBlank()) {
            duration = Math.round(Double.parseDouble(seconds) * 1000);
        }
        for (JsonNode stream : json.path("streams")) {
            if ("video".equals(stream.path("codec_type").asString(""))
                    && !"attached_pic".equals(stream.path("disposition").path("attached_pic").asString(""))) {
                return new Probe(duration, stream.path("width").asInt(), stream.path("height").asInt(), true);
            }
        }
        if (json.path("streams").isEmpty()) {
            throw new IOException("ffprobe found no stream");
        }
        return new Probe(duration, null, null, false);
    }

    /** Writes the first frame (or the one at 1 s when the video is longer) as a JPEG. */
    public void poster(Path video, Path jpeg, Long durationMs) throws IOException {
        String at = durationMs != null && durationMs > 2000 ? "1" : "0";
        run(List.of(settings.ffmpeg(), "-v", "error", "-y", "-ss", at, "-i", video.toString(), "-frames:v", "1",
                "-q:v", "3", "-f", "image2", jpeg.toString()));
        if (!Files.isRegularFile(jpeg) || Files.size(jpeg) == 0) {
            throw new IOException("ffmpeg wrote no frame");
        }
    }

    private String run(List<String> command) throws IOException {
        Path output = Files.createTempFile("xcord-media-tool", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.get(0) + " took longer than " + settings.timeout());
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IOException(command.get(0) + " failed: " + text.lines().limit(3).reduce("", (a, b) -> a + " " + b).strip());
            }
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean runs(String command) {
        try {
            List<String> args = new ArrayList<>(List.of(command, "-version"));
            Process process = new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
