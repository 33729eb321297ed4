package com.xcord.feed.timeline;

import com.xcord.feed.support.FeedServiceTest;
import com.xcord.servicekit.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * On-demand benchmark, NOT part of {@code verify} (the name does not end in Tests):
 * <pre>
 * ./mvnw -q -f feed-service/pom.xml test -Dtest=TimelineBench -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.readRate=50] [-Dbench.postRate=100] [-Dbench.seconds=20]
 * </pre>
 * Seeds {@link BenchData} (10,000 users, 1,000,000 posts; 20 viewers following 500 users and in
 * 5 servers), prints EXPLAIN (ANALYZE, BUFFERS) of every timeline query, then drives HTTP with
 * an <b>open model</b>: requests start on a fixed schedule ({@code readRate} per second for each
 * of the six first/deep page × filter mixes, one after the other, then {@code POST /posts} at
 * {@code postRate}), sent asynchronously, whatever the server's latency. Latency is
 * measured from the scheduled start (no coordinated omission) and reported as p50 / p99 / p99.9
 * / max. The Gatling equivalent against a standalone seeded service is
 * {@code loadtest/…/FeedTimelineSimulation} (see {@code feed-service/BENCHMARKS.md}).
 */
@FeedServiceTest
class TimelineBench {

    private static final double READ_RATE = Double.parseDouble(System.getProperty("bench.readRate", "50"));
    private static final double POST_RATE = Double.parseDouble(System.getProperty("bench.postRate", "100"));
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 5);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient db;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> tokens = new ArrayList<>();

    @Test
    void timelines() {
        System.out.printf("seeded in %.1f s%n", BenchData.seed(db));
        System.out.println(BenchData.explainAll(db));
        for (int v = 0; v < BenchData.VIEWERS; v++) {
            tokens.add(TestTokens.accessToken(BenchData.VIEWER + v));
        }
        // one warm-up of everything first (JIT, every pooled connection's prepared statements and cached plans)
        for (FeedFilter filter : FeedFilter.values()) {
            String name = filter.name().toLowerCase();
            fire(READ_RATE, WARMUP_SECONDS, i -> get("/api/v1/feed?filter=" + name, i));
            fire(READ_RATE, WARMUP_SECONDS, i -> get("/api/v1/feed?filter=" + name + "&before=" + BenchData.DEEP_CURSOR, i));
        }
        errors.set(0);
        List<String> report = new ArrayList<>();
        report.add("load before: " + uptime());
        for (FeedFilter filter : FeedFilter.values()) {
            String name = filter.name().toLowerCase();
            report.add(run(name + " first page", READ_RATE, i -> get("/api/v1/feed?filter=" + name, i)));
            report.add(run(name + " deep page", READ_RATE,
                    i -> get("/api/v1/feed?filter=" + name + "&before=" + BenchData.DEEP_CURSOR, i)));
        }
        report.add(run("POST /posts", POST_RATE, i -> HttpRequest.newBuilder(uri("/api/v1/posts"))
                .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"content\":\"bench post " + i + " #bench\"}")).build()));
        report.add("load after: " + uptime());
        report.forEach(System.out::println);
    }

    private HttpRequest get(String path, int i) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                .GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Warm-up, then {@code rate} requests per second for {@link #SECONDS}; the measured phase's latencies. */
    private String run(String what, double rate, IntFunction<HttpRequest> request) {
        fire(rate, WARMUP_SECONDS, request);
        long[] micros = fire(rate, SECONDS, request);
        Arrays.sort(micros);
        int n = micros.length;
        return String.format("BENCH %-22s %5.0f/s  p50 %7.2f ms  p99 %7.2f ms  p99.9 %7.2f ms  max %7.2f ms  (n=%d, errors=%d)",
                what, rate, at(micros, 0.50), at(micros, 0.99), at(micros, 0.999), micros[n - 1] / 1000.0, n,
                errors.getAndSet(0));
    }

    private final AtomicInteger errors = new AtomicInteger();

    /** Starts request i at t0 + i / rate (asynchronously); returns each latency from its scheduled start. */
    private long[] fire(double rate, int seconds, IntFunction<HttpRequest> request) {
        int count = (int) (rate * seconds);
        long[] micros = new long[count];
        long period = (long) (1e9 / rate);
        List<CompletableFuture<?>> calls = new ArrayList<>(count);
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long scheduled = t0 + i * period;
            long wait = scheduled - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            calls.add(http.sendAsync(request.apply(i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, failure) -> {
                        micros[index] = (System.nanoTime() - scheduled) / 1000;
                        if (failure != null || response.statusCode() / 100 != 2) {
                            errors.incrementAndGet();
                        }
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return micros;
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }

    private static String uptime() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
