package com.xcord.loadtest.notification;

import com.xcord.loadtest.notification.NotificationApi.Account;
import com.xcord.loadtest.realtime.LatencyHistogram;
import com.xcord.loadtest.realtime.RealtimeClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import tools.jackson.databind.JsonNode;

/**
 * A like → the author's NOTIFICATION_CREATE (DESIGN §9: p99 ≤ 200 ms), through a running fleet ({@code ./xcord up}
 * with raised limits, README "Load tests"): feed-service's outbox → Kafka → notification-service (rules, insert,
 * its outbox) → Kafka → realtime-service → the author's socket through the gateway. Fans like the authors' posts at
 * a fixed arrival rate (open model), each like a new (post, fan) pair; the time is from just before the POST to the
 * frame whose {@code subject.id} is the post and whose newest actor is the fan (one process, one clock).
 * <pre>
 * ./mvnw -q -Ploadtest -pl loadtest test-compile exec:java -Dexec.mainClass=com.xcord.loadtest.notification.LikeNotificationBench \
 *     -Drate=20 -Dseconds=60
 * </pre>
 * Further properties: {@code authors} (20), {@code fans} (20), {@code warmupSeconds} (10), {@code baseUrl}
 * (http://localhost:8080), {@code wsUrl} (ws://localhost:8080/ws), {@code origin} (http://localhost:8080).
 */
public final class LikeNotificationBench {

    private final NotificationApi api;
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final LatencyHistogram delivery = new LatencyHistogram();
    private final LatencyHistogram likePosts = new LatencyHistogram();
    private final AtomicLong failures = new AtomicLong();
    private volatile boolean measuring;

    private LikeNotificationBench(String baseUrl) {
        this.api = new NotificationApi(baseUrl);
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = System.getProperty("baseUrl", "http://localhost:8080");
        new LikeNotificationBench(baseUrl).run(baseUrl, System.getProperty("wsUrl", "ws://localhost:8080/ws"),
                System.getProperty("origin", "http://localhost:8080"), Integer.getInteger("authors", 20),
                Integer.getInteger("fans", 20), Double.parseDouble(System.getProperty("rate", "20")),
                Integer.getInteger("seconds", 60), Integer.getInteger("warmupSeconds", 10));
    }

    private void run(String baseUrl, String wsUrl, String origin, int authorCount, int fanCount, double rate,
            int seconds, int warmup) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long likes = (long) Math.ceil(rate * (seconds + warmup));
        int postsPerAuthor = (int) Math.ceil((double) likes / ((long) authorCount * fanCount));
        System.out.printf(Locale.ROOT, "like → NOTIFICATION_CREATE through %s: %d authors × %d posts, %d fans, %.1f likes/s"
                + " for %d s after %d s%n", baseUrl, authorCount, postsPerAuthor, fanCount, rate, seconds, warmup);
        List<Account> authors = new ArrayList<>();
        List<Account> fans = new ArrayList<>();
        for (int i = 0; i < authorCount; i++) {
            authors.add(api.register("ln_" + run + "_a" + i));
        }
        for (int i = 0; i < fanCount; i++) {
            fans.add(api.register("ln_" + run + "_f" + i));
        }
        List<String[]> pairs = new ArrayList<>(); // {postId, fan index}
        for (Account author : authors) {
            for (int p = 0; p < postsPerAuthor; p++) {
                String post = api.post(author, "bench post " + p);
                for (int f = 0; f < fanCount; f++) {
                    pairs.add(new String[] {post, Integer.toString(f)});
                }
            }
        }
        try (RealtimeClient realtime = new RealtimeClient(wsUrl, origin)) {
            realtime.openAll(authors.stream().map(a -> new RealtimeClient.Identity(a.userId(), a.accessToken())).toList(),
                    (socket, type, frame, receivedNanos) -> onDispatch(type, frame, receivedNanos), Duration.ofMinutes(2),
                    ready -> { });
            long interval = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
            long start = System.nanoTime();
            for (int i = 0; i < pairs.size() && i < likes; i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                measuring = System.nanoTime() - start >= TimeUnit.SECONDS.toNanos(warmup);
                String[] pair = pairs.get(i);
                Account fan = fans.get(Integer.parseInt(pair[1]));
                long sent = System.nanoTime();
                if (measuring) {
                    sentAt.put(pair[0] + ":" + fan.userId(), sent);
                }
                boolean measured = measuring;
                api.sendAsync(fan, "POST", "/api/v1/posts/" + pair[0] + "/like", null).whenComplete((status, e) -> {
                    if (e != null || status != 200) {
                        failures.incrementAndGet();
                    } else if (measured) {
                        likePosts.recordNanos(System.nanoTime() - sent);
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!sentAt.isEmpty() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
        }
        System.out.println("like POST at the gateway:        " + likePosts.summary());
        System.out.println("like → NOTIFICATION_CREATE:      " + delivery.summary());
        System.out.printf("not delivered within 10 s: %d, failed likes: %d%n", sentAt.size(), failures.get());
    }

    private void onDispatch(String type, String frame, long receivedNanos) {
        if (!"NOTIFICATION_CREATE".equals(type)) {
            return;
        }
        JsonNode d = NotificationApi.JSON.readTree(frame).path("d");
        String key = d.path("subject").path("id").asString() + ":" + d.path("sampleActors").path(0).path("id").asString();
        Long sent = sentAt.remove(key);
        if (sent != null) {
            delivery.recordNanos(receivedNanos - sent);
        }
    }
}
