package com.xcord.loadtest.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live chat to the viewers (issue 18: chat message → subscribers' sockets p99 with 1,000 viewers). One stream is live;
 * {@code viewers} sockets SUBSCRIBE to it; {@code chatters} of them write at {@code rate} messages per second (open
 * model) for {@code seconds}. Each delivery is timed from when its POST was due to the LIVE_CHAT_MESSAGE frame on
 * each subscribed socket (one process, one clock): POST → live-service (transaction + outbox) → Kafka →
 * realtime-service → every socket.
 *
 * <pre>
 * live-service/bench/live-bench.sh chat [viewers] [rate] [seconds]
 * </pre>
 * Properties: {@code apiUrl}, {@code ingestUrl}, {@code wsUrl}, {@code viewers} (1000), {@code chatters} (50),
 * {@code rate} (20), {@code seconds} (30), {@code origin}, {@code jwksPort}.
 */
public final class LiveChatBench {

    private final ConcurrentHashMap<String, Long> dueBySeq = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, AtomicLong> lastArrival = new ConcurrentHashMap<>();
    private final LatencyHistogram deliveries = new LatencyHistogram();
    private volatile boolean measuring;

    public static void main(String[] args) throws Exception {
        new LiveChatBench().run();
    }

    private void run() throws Exception {
        String apiUrl = System.getProperty("apiUrl", "http://localhost:18486");
        String ingestUrl = System.getProperty("ingestUrl", "http://localhost:18487");
        String wsUrl = System.getProperty("wsUrl", "ws://localhost:18485/ws");
        int viewers = Integer.getInteger("viewers", 1_000);
        int chatters = Integer.getInteger("chatters", 50);
        int rate = Integer.getInteger("rate", 20);
        int seconds = Integer.getInteger("seconds", 30);
        long base = System.currentTimeMillis() << 8;
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        try (LocalTokenIssuer tokens = LocalTokenIssuer.serve(Integer.getInteger("jwksPort", LocalTokenIssuer.DEFAULT_PORT));
             RealtimeClient realtime = new RealtimeClient(wsUrl, System.getProperty("origin", "http://localhost:3000"))) {
            LiveService live = new LiveService(apiUrl, ingestUrl, tokens);
            String key = live.streamKey(Long.toString(base));
            String streamId = live.onPublish(key, "1").join().headers().firstValue("Location").orElseThrow();
            scheduler.scheduleAtFixedRate(() -> live.onUpdate(key, "1"), 5, 5, TimeUnit.SECONDS);
            List<RealtimeClient.Identity> identities = new ArrayList<>();
            for (int i = 1; i <= viewers; i++) {
                String id = Long.toString(base + i);
                identities.add(new RealtimeClient.Identity(id, tokens.token(id)));
            }
            List<RealtimeSocket> sockets = realtime.openAll(identities, this::onDispatch, Duration.ofMinutes(5), n -> { });
            sockets.forEach(s -> s.subscribe("live", streamId));
            TimeUnit.SECONDS.sleep(2);
            System.out.printf(Locale.ROOT, "chat: %d subscribed sockets, %d chatters at %d msg/s for %d s (after 5 s warm-up)%n",
                    viewers, chatters, rate, seconds);
            send(live, streamId, identities, chatters, rate, 5, "w");
            measuring = true;
            int sent = send(live, streamId, identities, chatters, rate, seconds, "m");
            TimeUnit.SECONDS.sleep(5);
            measuring = false;
            LatencyHistogram lastSocket = new LatencyHistogram();
            int complete = 0;
            for (var e : dueBySeq.entrySet()) {
                if (!e.getKey().startsWith("m")) {
                    continue;
                }
                AtomicInteger n = arrivals.get(e.getKey());
                if (n != null && n.get() == viewers) {
                    complete++;
                    lastSocket.recordNanos(lastArrival.get(e.getKey()).get() - e.getValue());
                }
            }
            System.out.println("chat message -> each subscriber's socket: " + deliveries.summary());
            System.out.println("chat message -> last of the " + viewers + " sockets: " + lastSocket.summary());
            System.out.printf(Locale.ROOT, "messages sent %d, delivered to every socket %d%n", sent, complete);
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** Open model: message {@code i} is due at {@code i / rate} s, from chatter {@code i % chatters}. */
    private int send(LiveService live, String streamId, List<RealtimeClient.Identity> identities, int chatters, int rate,
            int seconds, String prefix) throws InterruptedException {
        int total = rate * seconds;
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String seq = prefix + i;
            dueBySeq.put(seq, due);
            live.chat(identities.get(i % chatters).userId(), streamId, seq);
        }
        return total;
    }

    private void onDispatch(RealtimeSocket socket, String type, String frame, long receivedNanos) {
        if (!"LIVE_CHAT_MESSAGE".equals(type)) {
            return;
        }
        String seq = Frames.string(frame, "content");
        Long due = seq == null ? null : dueBySeq.get(seq);
        if (due == null) {
            return;
        }
        if (measuring && seq.startsWith("m")) {
            deliveries.recordNanos(receivedNanos - due);
        }
        arrivals.computeIfAbsent(seq, k -> new AtomicInteger()).incrementAndGet();
        lastArrival.computeIfAbsent(seq, k -> new AtomicLong()).accumulateAndGet(receivedNanos, Math::max);
    }

    private LiveChatBench() {
    }
}
