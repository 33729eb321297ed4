package com.xcord.loadtest.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ingest's {@code on_publish} callback under load (issue 18, DESIGN §9: p99 ≤ 50 ms). Open model: every
 * {@code 1/rate} s a publish starts, whatever the earlier ones are doing, for one of {@code users} streamers in turn
 * (each with their own key), and its latency is measured from when it was due (no coordinated omission) to nginx's
 * answer (302 with the stream id). Each accepted publish is followed at once by its {@code on_publish_done}, so the
 * streamer can go live again on their next turn: every on_publish finds the key by hash, locks and starts a stream
 * (a new row for every publish after the first), and writes {@code live.stream.started} to the outbox.
 *
 * <pre>
 * live-service/bench/live-bench.sh on-publish [rate] [seconds]
 * </pre>
 * Properties: {@code apiUrl}, {@code ingestUrl}, {@code rate} (per second, 100), {@code seconds} (30),
 * {@code warmupSeconds} (5), {@code users} (300), {@code jwksPort} (18099).
 */
public final class LiveOnPublishBench {

    public static void main(String[] args) throws Exception {
        String apiUrl = System.getProperty("apiUrl", "http://localhost:18486");
        String ingestUrl = System.getProperty("ingestUrl", "http://localhost:18487");
        int rate = Integer.getInteger("rate", 100);
        int seconds = Integer.getInteger("seconds", 30);
        int warmup = Integer.getInteger("warmupSeconds", 5);
        int users = Integer.getInteger("users", 300);
        long base = System.currentTimeMillis() << 8;
        try (LocalTokenIssuer tokens = LocalTokenIssuer.serve(Integer.getInteger("jwksPort", LocalTokenIssuer.DEFAULT_PORT))) {
            LiveService live = new LiveService(apiUrl, ingestUrl, tokens);
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                keys.add(live.streamKey(Long.toString(base + i)));
            }
            System.out.printf(Locale.ROOT, "on_publish: %d streamers, %d/s for %d s after %d s of warm-up, live-service at %s%n",
                    users, rate, seconds, warmup, ingestUrl);
            run(live, keys, rate, warmup, null);
            LatencyHistogram publish = new LatencyHistogram();
            Outcome outcome = run(live, keys, rate, seconds, publish);
            System.out.println("on_publish latency: " + publish.summary());
            System.out.printf(Locale.ROOT, "answers: %d accepted (302), %d other; offered %.1f/s%n", outcome.accepted.get(),
                    outcome.other.get(), (double) (outcome.accepted.get() + outcome.other.get()) / seconds);
        }
    }

    private record Outcome(AtomicInteger accepted, AtomicInteger other) {
    }

    private static Outcome run(LiveService live, List<String> keys, int rate, int seconds, LatencyHistogram histogram)
            throws InterruptedException {
        Outcome outcome = new Outcome(new AtomicInteger(), new AtomicInteger());
        int total = rate * seconds;
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        ConcurrentHashMap<String, Boolean> inFlight = new ConcurrentHashMap<>();
        ticker.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            // every publish that is due by now starts now, timed from when it was due
            while (next.get() < total && start + next.get() * intervalNanos <= now) {
                long n = next.getAndIncrement();
                long due = start + n * intervalNanos;
                String key = keys.get((int) (n % keys.size()));
                String client = Long.toString(n);
                if (inFlight.putIfAbsent(key, true) != null) {
                    outcome.other.incrementAndGet(); // its previous turn is not over yet: counted, not sent
                    done.countDown();
                    continue;
                }
                live.onPublish(key, client).whenComplete((response, error) -> {
                    long latency = System.nanoTime() - due;
                    if (histogram != null) {
                        histogram.recordNanos(latency);
                    }
                    boolean accepted = error == null && response.statusCode() == 302;
                    (accepted ? outcome.accepted : outcome.other).incrementAndGet();
                    if (accepted) {
                        live.onPublishDone(key, client).whenComplete((r, e) -> {
                            inFlight.remove(key);
                            done.countDown();
                        });
                    } else {
                        inFlight.remove(key);
                        done.countDown();
                    }
                });
            }
        }, 0, Math.max(1, intervalNanos / 4), TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        ticker.shutdownNow();
        return outcome;
    }

    private LiveOnPublishBench() {
    }
}
