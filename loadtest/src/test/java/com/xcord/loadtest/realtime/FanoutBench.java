package com.xcord.loadtest.realtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fan-out (issue 6, DESIGN §9: one message into a 10,000-member channel reaches the last socket in ≤ 250 ms
 * p95), against one realtime-service instance without the rest of the fleet. Publishes a server, a channel and
 * {@code members} memberships to Kafka as server-service would, opens and identifies a socket per member with
 * tokens from {@link LocalTokenIssuer}, then publishes {@code warmupRounds} + {@code rounds} messages one after
 * another. Per message it times from just before the Kafka send to each socket's MESSAGE_CREATE (one process,
 * one clock); the figure of merit is the time until the last socket has it.
 *
 * <p>{@code realtime-service/bench/fanout.sh} starts Kafka, Redis and realtime-service (trusting the issuer's
 * JWKS on port 18099) and then runs:
 * <pre>
 * ./mvnw -q -Ploadtest -pl loadtest test-compile exec:java -Dexec.mainClass=com.xcord.loadtest.realtime.FanoutBench \
 *     -Dkafka=localhost:9092 -DwsUrl=ws://localhost:18085/ws -Dmembers=10000 -Drounds=20
 * </pre>
 * Further properties: {@code warmupRounds} not counted (2), {@code pauseMillis} between messages (1000),
 * {@code jwksPort} (18099), {@code origin}.
 */
public final class FanoutBench {

    private static final Duration OPENING_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration MEMBERSHIP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ROUND_TIMEOUT = Duration.ofSeconds(30);

    private final Settings settings;
    private final long idBase = System.currentTimeMillis() << 10;
    private final String ownerId = Long.toString(idBase);
    private final String serverId = Long.toString(idBase + 1);
    private final String channelId = Long.toString(idBase + 2);
    /** Members whose socket has the server (in READY or a later SERVER_CREATE); counted once per socket. */
    private final Set<String> membersSeeingServer = ConcurrentHashMap.newKeySet();
    private final CountDownLatch allMembersSeeServer;
    private volatile FanoutRound currentRound;
    /** Message ids follow the member ids. */
    private final AtomicLong messageIds;

    private FanoutBench(Settings settings) {
        this.settings = settings;
        this.allMembersSeeServer = new CountDownLatch(settings.members);
        this.messageIds = new AtomicLong(idBase + 16 + settings.members);
    }

    public static void main(String[] args) throws Exception {
        new FanoutBench(Settings.fromSystemProperties()).run();
    }

    private void run() throws InterruptedException {
        System.out.printf("fan-out: %d members on %s, %d messages, Kafka at %s%n", settings.members, settings.wsUrl,
                settings.rounds, settings.kafka);
        try (LocalTokenIssuer issuer = LocalTokenIssuer.serve(settings.jwksPort);
                ServerEventPublisher events = new ServerEventPublisher(settings.kafka);
                RealtimeClient realtime = new RealtimeClient(settings.wsUrl, settings.origin)) {
            List<RealtimeClient.Identity> members = publishMembership(events, issuer);
            openSockets(realtime, members);
            for (int round = 0; round < settings.warmupRounds; round++) {
                TimeUnit.MILLISECONDS.sleep(settings.pauseMillis);
                System.out.println("warm-up message " + round + ": " + publishAndWait(events, "warm-up " + round).summary());
            }
            LatencyHistogram lastSocket = new LatencyHistogram();
            int incomplete = 0;
            for (int round = 0; round < settings.rounds; round++) {
                TimeUnit.MILLISECONDS.sleep(settings.pauseMillis);
                FanoutRound result = publishAndWait(events, "fan-out " + round);
                System.out.println("message " + round + ": " + result.summary());
                if (result.complete()) {
                    lastSocket.recordNanos(result.lastArrivalNanos());
                } else {
                    incomplete++;
                }
            }
            System.out.println();
            System.out.printf("time until the last of %d sockets has the message, over %d messages: %s%n", settings.members,
                    settings.rounds - incomplete, lastSocket.shortSummary());
            if (incomplete > 0) {
                System.out.printf("%d messages did not reach every socket within %d s%n", incomplete, ROUND_TIMEOUT.toSeconds());
            }
            List<String> closed = realtime.closedSockets();
            System.out.printf("sockets closed by the server: %d%s%n", closed.size(),
                    closed.isEmpty() ? "" : " " + closed.subList(0, Math.min(5, closed.size())));
        }
    }

    /** The server, its channel and every membership, before any socket opens: READY then lists the server. */
    private List<RealtimeClient.Identity> publishMembership(ServerEventPublisher events, LocalTokenIssuer issuer) {
        events.serverWithChannel(serverId, channelId, ownerId);
        List<RealtimeClient.Identity> members = new ArrayList<>(settings.members);
        for (int i = 1; i <= settings.members; i++) {
            String userId = Long.toString(idBase + 16 + i);
            events.memberJoined(serverId, userId);
            members.add(new RealtimeClient.Identity(userId, issuer.token(userId)));
        }
        events.flush();
        System.out.println("published the server, its channel and " + settings.members + " memberships");
        return members;
    }

    private void openSockets(RealtimeClient realtime, List<RealtimeClient.Identity> members) throws InterruptedException {
        long start = System.nanoTime();
        realtime.openAll(members, this::onDispatch, OPENING_TIMEOUT, ready -> {
            if (ready % 1000 == 0) {
                System.out.println(ready + " sockets identified");
            }
        });
        if (!allMembersSeeServer.await(MEMBERSHIP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(allMembersSeeServer.getCount() + " sockets never learnt of the server: "
                    + "did realtime-service consume the memberships?");
        }
        System.out.printf(Locale.ROOT, "%d sockets identified, each a member, in %.1f s%n", settings.members,
                (System.nanoTime() - start) / 1e9);
    }

    private FanoutRound publishAndWait(ServerEventPublisher events, String content) throws InterruptedException {
        String messageId = Long.toString(messageIds.incrementAndGet());
        FanoutRound result = new FanoutRound(messageId, settings.members, System.nanoTime());
        currentRound = result;
        events.messageCreated(serverId, channelId, messageId, ownerId, content);
        result.await(ROUND_TIMEOUT);
        return result;
    }

    private void onDispatch(RealtimeSocket socket, String type, String frame, long receivedNanos) {
        if ("MESSAGE_CREATE".equals(type)) {
            FanoutRound round = currentRound;
            if (round != null && round.messageId().equals(Frames.string(frame, "id"))) {
                round.arrived(receivedNanos);
            }
        } else if (("READY".equals(type) || "SERVER_CREATE".equals(type)) && frame.contains("\"id\":\"" + serverId + "\"")) {
            if (membersSeeingServer.add(socket.userId())) {
                allMembersSeeServer.countDown();
            }
        }
    }

    private record Settings(String kafka, String wsUrl, int members, int rounds, int warmupRounds, long pauseMillis, int jwksPort,
            String origin) {

        static Settings fromSystemProperties() {
            return new Settings(
                    System.getProperty("kafka", "localhost:19092"),
                    System.getProperty("wsUrl", "ws://localhost:18085/ws"),
                    Integer.getInteger("members", 10_000),
                    Integer.getInteger("rounds", 20),
                    // the first messages also measure the JIT compiling the fan-out path, on both sides
                    Integer.getInteger("warmupRounds", 2),
                    Long.getLong("pauseMillis", 1000),
                    Integer.getInteger("jwksPort", LocalTokenIssuer.DEFAULT_PORT),
                    // Netty's handshake sends an Origin as a browser does: one from realtime's allowlist
                    System.getProperty("origin", "http://localhost:3000"));
        }
    }
}
