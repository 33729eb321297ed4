package com.xcord.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RTMP ingest as a child process: nginx with its RTMP module, configured from the repository's template
 * ({@code ingest/nginx-rtmp.conf.template}), with its own prefix, logs, temp files and HLS folder under
 * {@code dir}, on the given ports. It runs unprivileged: as root it drops to {@code nobody} through
 * {@code setpriv}, never touching the system's nginx service. {@link #close()} stops it.
 */
public final class RtmpIngest implements AutoCloseable {

    /** Where and how it runs; port 0 picks a free one. */
    public record Settings(Path dir, int rtmpPort, int httpPort, String callbackBaseUrl, Duration updateInterval) {
    }

    public static final String TEMPLATE = "ingest/nginx-rtmp.conf.template";
    private static final Logger log = LoggerFactory.getLogger(RtmpIngest.class);
    private static final String LOOPBACK = "127.0.0.1";

    private final Process process;
    private final Path dir;
    private final int rtmpPort;
    private final int httpPort;

    private RtmpIngest(Process process, Path dir, int rtmpPort, int httpPort) {
        this.process = process;
        this.dir = dir;
        this.rtmpPort = rtmpPort;
        this.httpPort = httpPort;
    }

    /** Starts it and waits until both ports listen. */
    public static RtmpIngest start(IngestTools.Nginx nginx, Settings settings) {
        long started = System.nanoTime();
        Path dir = settings.dir().toAbsolutePath();
        int rtmpPort = Ports.freeIfZero(settings.rtmpPort());
        int httpPort = Ports.freeIfZero(settings.httpPort());
        try {
            for (String sub : List.of("logs", "temp", "hls")) {
                Files.createDirectories(dir.resolve(sub));
            }
            OrphanProcesses.stopIfAlive(dir.resolve("nginx.pid"), "nginx", Duration.ofSeconds(10));
            Path conf = dir.resolve("nginx.conf");
            Files.writeString(conf, render(Map.of(
                    "LOAD_MODULE", "load_module " + nginx.rtmpModule() + ";",
                    "PREFIX", dir.toString(),
                    "RTMP_BIND", LOOPBACK,
                    "RTMP_PORT", Integer.toString(rtmpPort),
                    "HTTP_BIND", LOOPBACK,
                    "HTTP_PORT", Integer.toString(httpPort),
                    "CALLBACK_BASE", settings.callbackBaseUrl(),
                    "UPDATE_INTERVAL", settings.updateInterval().toSeconds() + "s",
                    "HLS_ROOT", dir.toString())));
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                openTo(dir);
                command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
            }
            command.addAll(List.of(nginx.binary().toString(), "-p", dir + "/", "-c", conf.toString(), "-e",
                    dir.resolve("logs/error.log").toString()));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("logs/nginx.out").toFile()).start();
            RtmpIngest ingest = new RtmpIngest(process, dir, rtmpPort, httpPort);
            ingest.awaitListening(Duration.ofSeconds(20));
            log.info("RTMP ingest (nginx) on rtmp://{}:{}/live, HLS on http://{}:{}/hls, started in {} ms", LOOPBACK,
                    rtmpPort, LOOPBACK, httpPort, (System.nanoTime() - started) / 1_000_000);
            return ingest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template with every {@code ${NAME}} replaced; an unknown placeholder is an error. */
    public static String render(Map<String, String> values) {
        String text = template();
        Map<String, String> ordered = new LinkedHashMap<>(values);
        for (Map.Entry<String, String> e : ordered.entrySet()) {
            text = text.replace("${" + e.getKey() + "}", e.getValue());
        }
        int left = text.indexOf("${");
        if (left >= 0) {
            throw new IllegalArgumentException("the ingest template needs a value for "
                    + text.substring(left, text.indexOf('}', left) + 1));
        }
        return text;
    }

    public static String template() {
        try (InputStream in = RtmpIngest.class.getClassLoader().getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException(TEMPLATE + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int rtmpPort() {
        return rtmpPort;
    }

    public int httpPort() {
        return httpPort;
    }

    /** What an encoder publishes to: {@code <rtmpUrl>/<stream key>}. */
    public String rtmpUrl() {
        return "rtmp://" + LOOPBACK + ":" + rtmpPort + "/live";
    }

    /** Where HLS is served: {@code <playbackBaseUrl>/<streamId>/index.m3u8}. */
    public String playbackBaseUrl() {
        return "http://" + LOOPBACK + ":" + httpPort + "/hls";
    }

    /** The folder nginx writes HLS into (one folder per stream, named by the stream's public id). */
    public Path hlsDir() {
        return dir.resolve("hls");
    }

    public Path errorLog() {
        return dir.resolve("logs/error.log");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        // SIGTERM: nginx's fast shutdown (publishers are cut, on_publish_done is sent)
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitListening(Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(Ports.isListening(LOOPBACK, rtmpPort) && Ports.isListening(LOOPBACK, httpPort))) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                String out = Files.exists(dir.resolve("logs/nginx.out")) ? Files.readString(dir.resolve("logs/nginx.out")) : "";
                String errors = Files.exists(errorLog()) ? Files.readString(errorLog()) : "";
                throw new IllegalStateException("the RTMP ingest (nginx) did not start: " + out + errors);
            }
            Ports.sleep(50);
        }
    }

    /** nginx drops to nobody: its folders must be writable by it (they are under target/ or the data folder). */
    private static void openTo(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxrwxrwx"));
                }
            }
        }
        // nobody must be able to reach the folder through its parents too
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            var perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                perms.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
                Files.setPosixFilePermissions(p, perms);
            }
        }
    }
}
