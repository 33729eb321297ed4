package com.xcord.loadtest.realtime;

import com.xcord.loadtest.realtime.GatewayApi.Account;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Message → recipient's socket (issue 6, DESIGN §9: p50 ≤ 20 ms, p99 ≤ 100 ms), against a running fleet
 * ({@code ./xcord up} with raised limits, see README "Load tests"). Registers {@code pairs} senders and
 * recipients through the gateway; each recipient holds an identified socket through the gateway's {@code /ws}.
 * Senders POST at a fixed arrival rate (open model: the schedule never waits for a response), round-robin over
 * the pairs, either into a DM conversation per pair ({@code mode=dm}) or into one channel that every
 * recipient joined ({@code mode=channel}: each message reaches every recipient). Per delivery it records the
 * time from just before the POST to the recipient's DM_MESSAGE_CREATE / MESSAGE_CREATE frame with that
 * message's clientId / nonce (one process, one clock), and the POST's own latency beside it: the gap between
 * the two is the outbox → Kafka → realtime path.
 * <pre>
 * ./mvnw -q -Ploadtest -pl loadtest test-compile exec:java -Dexec.mainClass=com.xcord.loadtest.realtime.DeliveryLatencyBench \
 *     -Dmode=dm -Drate=50 -Dseconds=60
 * </pre>
 * Further properties: {@code pairs} (50), {@code warmupSeconds} (20), {@code lossTimeoutMillis} (5000),
 * {@code baseUrl} (http://localhost:8080), {@code wsUrl} (ws://localhost:8080/ws), {@code origin}.
 */
public final class DeliveryLatencyBench {

    /** Access tokens live 15 minutes and this client does not refresh them: keep the run well inside that. */
    private static final Duration LONGEST_RUN = Duration.ofMinutes(10);
    private static final Duration PROBE_WAIT = Duration.ofSeconds(10);
    private static final int PROBE_ROUNDS = 6;

    private final Settings settings;
    private final GatewayApi api;
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final AtomicLong messageNumbers = new AtomicLong();
    private final DeliveryTracker tracker;
    private final LatencyHistogram postLatencies = new LatencyHistogram();
    private final LatencyHistogram scheduleLag = new LatencyHistogram();
    private final Map<String, AtomicLong> postFailures = new ConcurrentHashMap<>();
    private final List<CompletableFuture<?>> measuredPosts = new ArrayList<>();
    private long measuredMessages;

    private DeliveryLatencyBench(Settings settings) {
        this.settings = settings;
        this.api = new GatewayApi(settings.baseUrl);
        this.tracker = new DeliveryTracker(settings.lossTimeout);
    }

    public static void main(String[] args) throws Exception {
        new DeliveryLatencyBench(Settings.fromSystemProperties()).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "delivery latency, mode %s: %d pairs through %s and %s, %.1f msgs/s for %d s after a %d s warm-up%n",
                settings.mode, settings.pairs, settings.baseUrl, settings.wsUrl, settings.rate, settings.measured.toSeconds(),
                settings.warmup.toSeconds());
        MessageRoute route = setUp();
        try (RealtimeClient realtime = new RealtimeClient(settings.wsUrl, settings.origin)) {
            long opening = System.nanoTime();
            List<RealtimeClient.Identity> recipients = route.recipients().stream()
                    .map(account -> new RealtimeClient.Identity(account.userId(), account.accessToken())).toList();
            realtime.openAll(recipients, (socket, type, frame, receivedNanos) -> onDispatch(route, type, frame, receivedNanos),
                    Duration.ofMinutes(2), ready -> { });
            System.out.printf(Locale.ROOT, "%d recipient sockets identified in %.1f s%n", route.recipients().size(),
                    seconds(System.nanoTime() - opening));
            probe(route);
            System.out.printf("warm-up: %d s%n", settings.warmup.toSeconds());
            sendAtFixedRate(route, settings.warmup, false);
            System.out.printf("measuring: %d s%n", settings.measured.toSeconds());
            sendAtFixedRate(route, settings.measured, true);
            awaitStragglers();
            report(route, realtime.closedSockets());
        }
    }

    private MessageRoute setUp() {
        long start = System.nanoTime();
        List<Account> senders = new ArrayList<>();
        List<Account> recipients = new ArrayList<>();
        for (int i = 0; i < settings.pairs; i++) {
            senders.add(api.register("lt_" + run + "_s" + i));
            recipients.add(api.register("lt_" + run + "_r" + i));
        }
        MessageRoute route = settings.mode == Mode.DM
                ? MessageRoute.Direct.setUp(api, senders, recipients)
                : MessageRoute.Channel.setUp(api, senders, recipients);
        System.out.printf(Locale.ROOT, "registered %d accounts and set up %s in %.1f s%n", 2 * settings.pairs,
                settings.mode == Mode.DM ? settings.pairs + " DM conversations" : "a server channel with every account in it",
                seconds(System.nanoTime() - start));
        return route;
    }

    private void onDispatch(MessageRoute route, String type, String frame, long receivedNanos) {
        if (route.dispatchType().equals(type)) {
            String key = Frames.string(frame, route.keyField());
            if (key != null) {
                tracker.delivered(key, receivedNanos);
            }
        }
    }

    /**
     * Before any timing: one message from each sender until every socket has them all. Services and realtime
     * learn of new users, conversations and memberships through Kafka, so the first messages may find a
     * projection that is not there yet; a measured message must not.
     */
    private void probe(MessageRoute route) throws InterruptedException {
        for (int round = 1; round <= PROBE_ROUNDS; round++) {
            List<String> keys = new ArrayList<>();
            for (int pair = 0; pair < settings.pairs; pair++) {
                keys.add(send(route, pair, false).key);
            }
            if (allDeliveredWithin(keys, PROBE_WAIT)) {
                System.out.printf("probe: every socket receives messages (round %d)%n", round);
                return;
            }
            keys.forEach(tracker::notSent);
        }
        throw new IllegalStateException("the recipients' sockets do not receive the probe messages: is realtime-service up?");
    }

    private boolean allDeliveredWithin(List<String> keys, Duration wait) {
        try {
            Awaitility.await().atMost(wait).pollInterval(Duration.ofMillis(50)).until(() -> tracker.allDelivered(keys));
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }

    /** Open model: message i is due at start + i / rate, whatever happened to the ones before it. */
    private void sendAtFixedRate(MessageRoute route, Duration duration, boolean measured) {
        long period = (long) (TimeUnit.SECONDS.toNanos(1) / settings.rate);
        long count = (long) (settings.rate * duration.toSeconds());
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = start + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            if (measured) {
                scheduleLag.recordNanos(System.nanoTime() - due);
            }
            Sent sent = send(route, (int) (i % settings.pairs), measured);
            if (measured) {
                measuredPosts.add(sent.response);
                measuredMessages++;
            }
        }
    }

    private record Sent(String key, CompletableFuture<?> response) {
    }

    private Sent send(MessageRoute route, int pair, boolean measured) {
        String key = "lt-" + run + "-" + messageNumbers.incrementAndGet();
        long sentNanos = System.nanoTime();
        tracker.sending(key, route.socketsPerMessage(), measured, sentNanos);
        CompletableFuture<?> response = api.postAsync(route.senders().get(pair), route.path(pair), route.body(key))
                .whenComplete((status, error) -> {
                    boolean created = error == null && (status == 200 || status == 201);
                    if (created && measured) {
                        postLatencies.recordNanos(System.nanoTime() - sentNanos);
                    }
                    if (!created) {
                        tracker.notSent(key);
                        if (measured) {
                            String why = error != null ? error.getClass().getSimpleName() : "HTTP " + status;
                            postFailures.computeIfAbsent(why, k -> new AtomicLong()).incrementAndGet();
                        }
                    }
                });
        return new Sent(key, response);
    }

    /** Every measured POST answered, and the loss timeout passed since the last one was sent. */
    private void awaitStragglers() throws InterruptedException {
        long lastSent = System.nanoTime();
        try {
            CompletableFuture.allOf(measuredPosts.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // failures are counted per POST; a POST still unanswered leaves its deliveries missing, so lost
        }
        long remaining = settings.lossTimeout.toNanos() - (System.nanoTime() - lastSent);
        if (remaining > 0) {
            TimeUnit.NANOSECONDS.sleep(remaining);
        }
    }

    private void report(MessageRoute route, List<String> closedSockets) {
        long expected = (measuredMessages - postFailures.values().stream().mapToLong(AtomicLong::get).sum())
                * route.socketsPerMessage();
        System.out.println();
        line("messages sent", measuredMessages + ", POST failures: " + (postFailures.isEmpty() ? "none" : postFailures));
        line("POST → recipient's " + route.dispatchType() + " frame", tracker.latencies().summary());
        line("POST response", postLatencies.summary());
        line("lost (not on the socket within " + settings.lossTimeout.toMillis() + " ms)",
                tracker.lost() + " of " + expected + " deliveries");
        line("load generator behind schedule", scheduleLag.summary());
        line("sockets closed by the server", closedSockets.size()
                + (closedSockets.isEmpty() ? "" : " " + closedSockets.subList(0, Math.min(5, closedSockets.size()))));
    }

    private static void line(String label, String value) {
        System.out.printf("%-45s %s%n", label + ":", value);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    enum Mode {
        DM, CHANNEL
    }

    private record Settings(Mode mode, int pairs, double rate, Duration measured, Duration warmup, Duration lossTimeout,
            String baseUrl, String wsUrl, String origin) {

        static Settings fromSystemProperties() {
            Settings settings = new Settings(
                    Mode.valueOf(System.getProperty("mode", "dm").toUpperCase(Locale.ROOT)),
                    Integer.getInteger("pairs", 50),
                    Double.parseDouble(System.getProperty("rate", "50")),
                    Duration.ofSeconds(Long.getLong("seconds", 60)),
                    Duration.ofSeconds(Long.getLong("warmupSeconds", 20)),
                    Duration.ofMillis(Long.getLong("lossTimeoutMillis", 5000)),
                    System.getProperty("baseUrl", "http://localhost:8080"),
                    System.getProperty("wsUrl", "ws://localhost:8080/ws"),
                    // a browser's Origin from the allowlist (the dev frontend)
                    System.getProperty("origin", "http://localhost:3000"));
            if (settings.measured.plus(settings.warmup).compareTo(LONGEST_RUN) > 0) {
                throw new IllegalArgumentException("warm-up + measured phase must stay within " + LONGEST_RUN.toMinutes()
                        + " minutes: access tokens expire after 15 and are not refreshed");
            }
            if (settings.pairs < 1 || settings.rate <= 0) {
                throw new IllegalArgumentException("pairs and rate must be positive");
            }
            return settings;
        }
    }
}
