package com.xcord.loadtest.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Viewer counts (issue 18, DESIGN §9: correct within 5 s at 10,000 viewers). One stream goes live through the ingest
 * callbacks; {@code viewers} users each open a socket on realtime-service and SUBSCRIBE to it; then {@code leave} of
 * them close their socket. It reports when the stream's subscribers saw VIEWER_COUNT reach the right number after the
 * last SUBSCRIBE and after the last close (the update latency), every count the observer saw on the way, and the
 * count live-service's REST resource shows at the end (the accuracy).
 *
 * <pre>
 * live-service/bench/live-bench.sh viewers [viewers] [leave]
 * </pre>
 * Properties: {@code apiUrl}, {@code ingestUrl}, {@code wsUrl}, {@code viewers} (10000), {@code leave} (1000),
 * {@code origin}, {@code jwksPort}.
 */
public final class LiveViewersBench {

    private static final Duration OPENING_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration COUNT_TIMEOUT = Duration.ofSeconds(60);

    /** First arrival (nanoTime) of each count, at any socket. */
    private final Map<Integer, Long> firstSeen = new ConcurrentSkipListMap<>();
    private volatile String streamId = "";

    public static void main(String[] args) throws Exception {
        new LiveViewersBench().run();
    }

    private void run() throws Exception {
        String apiUrl = System.getProperty("apiUrl", "http://localhost:18486");
        String ingestUrl = System.getProperty("ingestUrl", "http://localhost:18487");
        String wsUrl = System.getProperty("wsUrl", "ws://localhost:18485/ws");
        int viewers = Integer.getInteger("viewers", 10_000);
        int leave = Integer.getInteger("leave", 1_000);
        long base = System.currentTimeMillis() << 8;
        ScheduledExecutorService updates = Executors.newSingleThreadScheduledExecutor();
        try (LocalTokenIssuer tokens = LocalTokenIssuer.serve(Integer.getInteger("jwksPort", LocalTokenIssuer.DEFAULT_PORT));
             RealtimeClient realtime = new RealtimeClient(wsUrl, System.getProperty("origin", "http://localhost:3000"))) {
            LiveService live = new LiveService(apiUrl, ingestUrl, tokens);
            String streamer = Long.toString(base);
            String key = live.streamKey(streamer);
            streamId = live.onPublish(key, "1").join().headers().firstValue("Location").orElseThrow();
            // the ingest reports every 10 s while it publishes: the watchdog must not end the stream mid-run
            updates.scheduleAtFixedRate(() -> live.onUpdate(key, "1"), 5, 5, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "viewers: stream %s live; opening %d sockets on %s%n", streamId, viewers, wsUrl);

            List<RealtimeClient.Identity> identities = new ArrayList<>();
            for (int i = 1; i <= viewers; i++) {
                String id = Long.toString(base + i);
                identities.add(new RealtimeClient.Identity(id, tokens.token(id)));
            }
            List<RealtimeSocket> sockets = realtime.openAll(identities, this::onDispatch, OPENING_TIMEOUT,
                    n -> { if (n % 2000 == 0) { System.out.println("  " + n + " sockets ready"); } });
            long subscribed = System.nanoTime();
            sockets.forEach(s -> s.subscribe("live", streamId));
            report("all " + viewers + " subscribed", viewers, subscribed);

            long closing = System.nanoTime();
            for (int i = 0; i < leave; i++) {
                sockets.get(sockets.size() - 1 - i).close();
            }
            report(leave + " left", viewers - leave, closing);
            System.out.println("REST viewerCount now: " + Frames.number(live.stream(streamId), "viewerCount")
                    + ", peakViewers: " + Frames.number(live.stream(streamId), "peakViewers")
                    + " (expected " + (viewers - leave) + " and " + viewers + ")");
            System.out.println("sockets closed by the server: " + realtime.closedSockets().size());
        } finally {
            updates.shutdownNow();
        }
    }

    private void onDispatch(RealtimeSocket socket, String type, String frame, long receivedNanos) {
        if ("VIEWER_COUNT".equals(type) && streamId.equals(Frames.string(frame, "streamId"))) {
            firstSeen.putIfAbsent((int) Frames.number(frame, "viewerCount"), receivedNanos);
        }
    }

    private void report(String what, int expected, long since) throws InterruptedException {
        long deadline = System.nanoTime() + COUNT_TIMEOUT.toNanos();
        while (!firstSeen.containsKey(expected) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        Long at = firstSeen.get(expected);
        List<String> seen = new ArrayList<>();
        firstSeen.forEach((count, nanos) -> {
            if (nanos >= since) {
                seen.add(count + "@" + String.format(Locale.ROOT, "%.1fs", (nanos - since) / 1e9));
            }
        });
        System.out.printf(Locale.ROOT, "%s: VIEWER_COUNT %d %s; counts seen since: %s%n", what, expected,
                at == null ? "NOT REACHED in " + COUNT_TIMEOUT.toSeconds() + " s"
                        : String.format(Locale.ROOT, "after %.2f s", (at - since) / 1e9), seen);
    }

    private LiveViewersBench() {
    }
}
