package com.xcord.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An encoder publishing a synthetic stream to the RTMP ingest (tests, benchmarks): ffmpeg with a test pattern ({@code testsrc}) and a tone
 * ({@code sine}), H.264 + AAC in FLV over RTMP, paced in real time, for {@code seconds}. Its output goes to a log
 * file beside the test's other files.
 */
public final class RtmpPublisher implements AutoCloseable {

    private final Process process;
    private final Path log;

    private RtmpPublisher(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static RtmpPublisher publish(Path ffmpeg, String rtmpUrl, String streamKey, int seconds, Path log) {
        List<String> command = List.of(ffmpeg.toString(), "-hide_banner", "-loglevel", "warning", "-nostdin",
                "-re", "-f", "lavfi", "-i", "testsrc=size=320x240:rate=25",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                "-t", Integer.toString(seconds),
                "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "25",
                "-c:a", "aac", "-b:a", "64k", "-f", "flv", rtmpUrl + "/" + streamKey);
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new RtmpPublisher(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Waits for it to stop by itself; its exit code, or null if it is still running after {@code timeout}. */
    public Integer awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() {
        process.destroy();
        if (awaitExit(Duration.ofSeconds(5)) == null) {
            process.destroyForcibly();
        }
    }
}
