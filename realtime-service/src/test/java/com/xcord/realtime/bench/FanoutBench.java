package com.xcord.realtime.bench;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerEvents;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.resources.ConnectionProvider;

/**
 * For {@code bench/fanout.sh}: one message into a channel whose {@code members} members are all connected
 * and identified; how long until the last socket has it (issue 6, DESIGN §9: ≤ 250 ms p95).
 * Publishes the server, channel, memberships and messages to Kafka as server-service would, opens the
 * sockets with Reactor Netty's WebSocket client, and times, per message, from the Kafka send to each
 * MESSAGE_CREATE frame (same process, same clock). Args: kafka wsUrl members rounds.
 */
public final class FanoutBench {

    static final class Sock {
        final String userId;
        final String token;
        final Sinks.Many<String> out = Sinks.many().unicast().onBackpressureBuffer();
        final Sinks.Empty<Void> member = Sinks.empty();

        Sock(String userId, String token) {
            this.userId = userId;
            this.token = token;
        }

        synchronized void send(String text) {
            out.tryEmitNext(text);
        }
    }

    static final Map<String, ConcurrentLinkedQueue<Long>> ARRIVALS = new ConcurrentHashMap<>();
    static volatile String serverId;

    public static void main(String[] args) throws Exception {
        String kafka = args[0];
        String wsUrl = args[1];
        int members = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);

        RSAKey key = new RSAKeyGenerator(2048).keyID("fanout-" + UUID.randomUUID()).generate();
        serveJwks(new JWKSet(key.toPublicJWK()).toString());
        RSASSASigner signer = new RSASSASigner(key);

        Properties props = new Properties();
        props.put("bootstrap.servers", kafka);
        props.put("key.serializer", StringSerializer.class);
        props.put("value.serializer", StringSerializer.class);
        props.put("acks", "all");
        props.put("linger.ms", 5);
        EventCodec codec = new EventCodec();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            long base = System.currentTimeMillis() << 10;
            String owner = Long.toString(base);
            serverId = Long.toString(base + members + 1);
            String channelId = Long.toString(base + members + 2);
            send(producer, codec, ServerEvents.SERVER_CREATED, serverId,
                    new ServerCreated(serverId, owner, "fan-out", null, null, Instant.now()));
            send(producer, codec, ServerEvents.CHANNEL_CREATED, serverId, new ChannelCreated(serverId, channelId, "text",
                    "general", null, null, 0, 0, List.of(), Instant.now()));
            List<Sock> socks = new ArrayList<>(members);
            for (int i = 1; i <= members; i++) {
                String userId = Long.toString(base + i);
                producer.send(record(codec, ServerEvents.MEMBER_JOINED, serverId,
                        new MemberJoined(serverId, userId, "bench", Instant.now())));
                socks.add(new Sock(userId, token(signer, key.getKeyID(), userId)));
            }
            producer.flush();
            System.out.println("published server, channel and " + members + " memberships");

            // Netty's handshaker sends an Origin like a browser: use an allowlisted one
            HttpClient client = HttpClient.create(ConnectionProvider.newConnection())
                    .headers(h -> h.set("Origin", "http://localhost:3000"));
            // heartbeats from the start: identifying 10,000 sockets takes longer than the server's timeout
            Flux.interval(Duration.ofSeconds(20)).subscribe(t -> socks.forEach(s -> s.send("{\"op\":\"HEARTBEAT\",\"d\":0}")));
            long connectStart = System.nanoTime();
            AtomicInteger ready = new AtomicInteger();
            Flux.fromIterable(socks)
                    .flatMap(s -> open(client, wsUrl, s).then(s.member.asMono()).timeout(Duration.ofSeconds(60))
                            .doOnSuccess(v -> {
                                int n = ready.incrementAndGet();
                                if (n % 1000 == 0) {
                                    System.out.println(n + " sockets identified and members");
                                }
                            }), 200)
                    .then().doOnError(e -> {
                        e.printStackTrace();
                        System.exit(1);
                    }).block(Duration.ofMinutes(10));
            System.out.printf("%d sockets identified in %.1f s%n", members, (System.nanoTime() - connectStart) / 1e9);

            List<Double> lasts = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                String messageId = Long.toString(base + members + 10 + r);
                ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
                ARRIVALS.put(messageId, arrivals);
                long t0 = System.nanoTime();
                producer.send(record(codec, ServerEvents.MESSAGE_CREATED, channelId, new MessageCreated(serverId, channelId,
                        messageId, owner, "fan-out " + r, List.of(), List.of(), false, List.of(), null, Instant.now())));
                producer.flush();
                try {
                    Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                            .until(() -> arrivals.size() >= members);
                } catch (ConditionTimeoutException e) {
                    // reported below as fewer sockets than members
                }
                long[] ms = arrivals.stream().mapToLong(t -> t - t0).sorted().toArray();
                double last = ms.length == 0 ? Double.NaN : ms[ms.length - 1] / 1e6;
                lasts.add(last);
                System.out.printf("message %d: %d/%d sockets, first %.1f ms, p50 %.1f ms, p95 %.1f ms, last %.1f ms%n", r,
                        ms.length, members, ms.length == 0 ? Double.NaN : ms[0] / 1e6, pct(ms, 50), pct(ms, 95), last);
            }
            double[] sorted = lasts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("time until the last of %d sockets has the message, over %d messages: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                    members, rounds, sorted[(int) Math.ceil(0.5 * sorted.length) - 1], sorted[(int) Math.ceil(0.95 * sorted.length) - 1],
                    sorted[sorted.length - 1]);
        }
        System.exit(0);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static Mono<Void> open(HttpClient client, String url, Sock s) {
        client.websocket(WebsocketClientSpec.builder().maxFramePayloadLength(1 << 20).build()).uri(url).handle((in, out) -> {
            Mono<Void> send = out.sendString(s.out.asFlux()).then();
            Mono<Void> receive = in.receive().asString().doOnNext(text -> onText(s, text)).then();
            return Mono.when(send, receive);
        }).subscribe(v -> { }, e -> System.err.println("socket " + s.userId + ": " + e));
        return Mono.empty();
    }

    private static void onText(Sock s, String text) {
        if (text.startsWith("{\"op\":\"HELLO\"")) {
            s.send("{\"op\":\"IDENTIFY\",\"d\":{\"token\":\"" + s.token + "\"}}");
        } else if (text.startsWith("{\"op\":\"DISPATCH\",\"t\":\"MESSAGE_CREATE\"")) {
            long now = System.nanoTime();
            int at = text.indexOf("\"messageId\":\"");
            String id = text.substring(at + 13, text.indexOf('"', at + 13));
            ConcurrentLinkedQueue<Long> q = ARRIVALS.get(id);
            if (q != null) {
                q.add(now);
            }
        } else if ((text.startsWith("{\"op\":\"DISPATCH\",\"t\":\"READY\"") || text.startsWith("{\"op\":\"DISPATCH\",\"t\":\"SERVER_CREATE\""))
                && text.contains("\"id\":\"" + serverId + "\"")) {
            s.member.tryEmitEmpty();
        }
    }

    private static <T> void send(KafkaProducer<String, String> producer, EventCodec codec, EventType<T> type, String key, T payload)
            throws Exception {
        producer.send(record(codec, type, key, payload)).get();
    }

    private static <T> ProducerRecord<String, String> record(EventCodec codec, EventType<T> type, String key, T payload) {
        return new ProducerRecord<>(type.topic(), key,
                codec.encode(EventEnvelope.of(UUID.randomUUID().toString(), type, "bench", Instant.now(), key, payload)));
    }

    private static String token(RSASSASigner signer, String kid, String userId) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).type(new JOSEObjectType("at+jwt")).build(),
                new JWTClaimsSet.Builder().issuer("https://xcord.local").audience("xcord").subject(userId).claim("sid", userId)
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                        .jwtID(UUID.randomUUID().toString()).build());
        jwt.sign(signer);
        return jwt.serialize();
    }

    private static void serveJwks(String jwks) throws Exception {
        byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 18099), 0);
        server.createContext("/jwks", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    private FanoutBench() {
    }

}
