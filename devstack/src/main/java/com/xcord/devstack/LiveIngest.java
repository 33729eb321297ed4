package com.xcord.devstack;

import com.xcord.testkit.IngestTools;
import com.xcord.testkit.RtmpIngest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RTMP ingest of {@code ./xcord up}: nginx with its RTMP module, started from the repository's template (testkit's
 * {@link RtmpIngest}) when live-service runs and nginx and the module are installed; otherwise the launcher prints the
 * one command that installs them and live-service runs without an ingest (its API works; nobody can go live). The
 * launcher never installs anything itself. Fixed ports, like the rest of the fleet: RTMP 1935, HLS 18080; the
 * callbacks go to live-service's ingest port 18086.
 */
final class LiveIngest {

    static final String LIVE_SERVICE = "live-service";
    static final int RTMP_PORT = 1935;
    static final int HLS_PORT = 18080;
    static final int CALLBACK_PORT = 18086;
    static final Duration UPDATE_INTERVAL = Duration.ofSeconds(10);

    private LiveIngest() {
    }

    /** What live-service is told about its ingest (the launcher's fixed ports). */
    static Map<String, String> serviceEnvironment() {
        return Map.of(
                "XCORD_LIVE_INGEST_CALLBACK_PORT", Integer.toString(CALLBACK_PORT),
                "XCORD_LIVE_INGEST_RTMP_URL", "rtmp://localhost:" + RTMP_PORT + "/live",
                "XCORD_LIVE_INGEST_PLAYBACK_BASE_URL", "http://localhost:" + HLS_PORT + "/hls",
                "XCORD_LIVE_INGEST_UPDATE_INTERVAL", UPDATE_INTERVAL.toSeconds() + "s");
    }

    static boolean wanted(List<ServiceDefinition> services) {
        return services.stream().anyMatch(s -> s.name().equals(LIVE_SERVICE));
    }

    /** The ports the ingest would take (checked free before anything starts), when it would start. */
    static Map<String, Integer> ports(List<ServiceDefinition> services) {
        if (!wanted(services) || IngestTools.installedNginx().isEmpty()) {
            return Map.of();
        }
        return Map.of("RTMP ingest", RTMP_PORT, "HLS", HLS_PORT, "live-service ingest callbacks", CALLBACK_PORT);
    }

    /** Starts the ingest if live-service runs and nginx with the RTMP module is installed; says why not otherwise. */
    static Optional<RtmpIngest> startIfInstalled(List<ServiceDefinition> services, Path dataDir,
            Infrastructure.Stoppables stoppables, LogPrefixer log) {
        if (!wanted(services)) {
            return Optional.empty();
        }
        Optional<IngestTools.Nginx> nginx = IngestTools.installedNginx();
        if (nginx.isEmpty()) {
            log.print(LogPrefixer.DEVSTACK, "RTMP ingest: nginx with its RTMP module is not installed, so live-service "
                    + "runs without an ingest (its API works; nobody can go live). Install it with: "
                    + IngestTools.INSTALL_COMMAND);
            return Optional.empty();
        }
        RtmpIngest ingest = RtmpIngest.start(nginx.get(), new RtmpIngest.Settings(dataDir.resolve("ingest"), RTMP_PORT,
                HLS_PORT, "http://127.0.0.1:" + CALLBACK_PORT + "/api/v1/live/ingest", UPDATE_INTERVAL));
        stoppables.add(3, "RTMP ingest", ingest::close);
        return Optional.of(ingest);
    }

    static List<String> bannerLines(Optional<RtmpIngest> ingest) {
        return ingest.map(i -> List.of(
                        String.format("  %-21s rtmp://localhost:%d/live   (OBS server; the stream key from GET /api/v1/live/stream-key)",
                                "RTMP ingest", i.rtmpPort()),
                        String.format("  %-21s http://localhost:%d/hls/<streamId>/index.m3u8", "HLS", i.httpPort())))
                .orElse(List.of());
    }
}
