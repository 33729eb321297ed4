package com.xcord.loadtest.notification;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.events.notification.NotificationEvents;
import com.xcord.events.server.ChannelCreated;
import com.xcord.events.server.MemberJoined;
import com.xcord.events.server.MessageCreated;
import com.xcord.events.server.RoleCreated;
import com.xcord.events.server.ServerCreated;
import com.xcord.events.server.ServerEvents;
import com.xcord.loadtest.notification.NotificationApi.Account;
import com.xcord.loadtest.realtime.LatencyHistogram;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * An @everyone in a 10,000-member server (DESIGN §9: O(1) work in the message's path). The server and its members
 * are announced on server-service's topic as server-service would (registering 10,000 accounts would measure
 * Argon2, not notifications); the @everyone is a real {@code message.created}. Measured: the time from publishing it
 * to the last member's {@code notification.created} on notification-service's topic (= its rows written: one event
 * per row), and — through the gateway, in a real server of a real account — channel message POST latency at a fixed
 * rate before (baseline) and while the fan-out runs.
 * <pre>
 * ./mvnw -q -Ploadtest -pl loadtest test-compile exec:java -Dexec.mainClass=com.xcord.loadtest.notification.EveryoneFanoutBench \
 *     -Dmembers=10000
 * </pre>
 * Further properties: {@code kafka} (localhost:19092), {@code baseUrl} (http://localhost:8080), {@code sendRate}
 * (20 messages/s), {@code baselineSeconds} (10).
 */
public final class EveryoneFanoutBench {

    private static final EventCodec CODEC = new EventCodec();

    public static void main(String[] args) throws Exception {
        int members = Integer.getInteger("members", 10_000);
        String kafka = System.getProperty("kafka", "localhost:19092");
        NotificationApi api = new NotificationApi(System.getProperty("baseUrl", "http://localhost:8080"));
        double sendRate = Double.parseDouble(System.getProperty("sendRate", "20"));
        int baselineSeconds = Integer.getInteger("baselineSeconds", 10);
        String run = UUID.randomUUID().toString().substring(0, 8);
        long base = (System.currentTimeMillis() - Instant.parse("2025-01-01T00:00:00Z").toEpochMilli()) << 22;
        String server = Long.toString(base + 1);
        String channel = Long.toString(base + 2);
        String owner = Long.toString(base + 3);

        try (KafkaProducer<String, String> producer = producer(kafka);
             KafkaConsumer<String, String> consumer = consumer(kafka)) {
            consumer.subscribe(List.of(Topics.NOTIFICATION));
            consumer.poll(Duration.ofSeconds(5)); // joins the group, positioned at the end
            long announcing = System.nanoTime();
            publish(producer, ServerEvents.SERVER_CREATED, server, new ServerCreated(server, owner, "bench " + run, null, null,
                    Instant.now()));
            publish(producer, ServerEvents.ROLE_CREATED, server, new RoleCreated(server, server, "@everyone", "3072", 0, 0,
                    false, Instant.now()));
            publish(producer, ServerEvents.CHANNEL_CREATED, server, new ChannelCreated(server, channel, "text", "general",
                    null, null, 0, 0, List.of(), Instant.now()));
            publish(producer, ServerEvents.MEMBER_JOINED, server, new MemberJoined(server, owner, null, Instant.now()));
            String last = owner;
            for (int i = 0; i < members; i++) {
                last = Long.toString(base + 100 + i);
                publish(producer, ServerEvents.MEMBER_JOINED, server, new MemberJoined(server, last, null, Instant.now()));
            }
            // a direct mention of the last member, after every join on the server's partition: once it is notified,
            // notification-service has the whole membership
            String marker = Long.toString(base + 10);
            publish(producer, ServerEvents.MESSAGE_CREATED, server, new MessageCreated(server, channel, marker, owner, "hi",
                    List.of(last), List.of(), false, List.of(), null, Instant.now()));
            producer.flush();
            awaitNotifications(consumer, marker, 1, Duration.ofMinutes(5));
            System.out.printf(Locale.ROOT, "%d members announced and projected in %.1f s%n", members,
                    (System.nanoTime() - announcing) / 1e9);

            Account sender = api.register("fo_" + run);
            String realServer = api.createServer(sender, "send latency " + run);
            String realChannel = api.firstChannel(sender, realServer);
            LatencyHistogram baseline = sendAtRate(api, sender, realServer, realChannel, sendRate,
                    Duration.ofSeconds(baselineSeconds), new AtomicBoolean(false));

            String everyone = Long.toString(base + 11);
            long start = System.nanoTime();
            publish(producer, ServerEvents.MESSAGE_CREATED, server, new MessageCreated(server, channel, everyone, owner,
                    "@everyone standup", List.of(), List.of(), true, List.of(), null, Instant.now()));
            producer.flush();
            AtomicBoolean done = new AtomicBoolean();
            Thread load = new Thread(() -> {
                LatencyHistogram during = sendAtRate(api, sender, realServer, realChannel, sendRate,
                        Duration.ofMinutes(5), done);
                System.out.println("channel message POST during the fan-out: " + during.summary());
            });
            load.start();
            long rows = awaitNotifications(consumer, everyone, members, Duration.ofMinutes(10));
            long elapsed = System.nanoTime() - start;
            done.set(true);
            load.join();
            System.out.printf(Locale.ROOT, "@everyone to %d members: last notification after %.2f s, %d rows written"
                    + " (%.0f rows/s)%n", members, elapsed / 1e9, rows, rows / (elapsed / 1e9));
            System.out.println("channel message POST, baseline:          " + baseline.summary());
        }
    }

    /** Counts {@code notification.created} for the message until {@code expected}; returns the count. */
    private static long awaitNotifications(KafkaConsumer<String, String> consumer, String messageId, long expected,
            Duration timeout) {
        long seen = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (seen < expected && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                EventEnvelope<?> e = CODEC.decode(record.value());
                if (e.is(NotificationEvents.NOTIFICATION_CREATED)
                        && messageId.equals(e.dataAs(NotificationEvents.NOTIFICATION_CREATED).subjectId())) {
                    seen++;
                }
            }
        }
        if (seen < expected) {
            throw new IllegalStateException("only " + seen + " of " + expected + " notifications for " + messageId);
        }
        return seen;
    }

    private static LatencyHistogram sendAtRate(NotificationApi api, Account sender, String server, String channel,
            double rate, Duration duration, AtomicBoolean stop) {
        LatencyHistogram latencies = new LatencyHistogram();
        long interval = (long) (TimeUnit.SECONDS.toNanos(1) / rate);
        long start = System.nanoTime();
        for (long i = 0; !stop.get() && System.nanoTime() - start < duration.toNanos(); i++) {
            java.util.concurrent.locks.LockSupport.parkNanos(start + i * interval - System.nanoTime());
            long sent = System.nanoTime();
            api.sendAsync(sender, "POST", "/api/v1/servers/" + server + "/channels/" + channel + "/messages",
                    Map.of("content", "tick " + i, "nonce", UUID.randomUUID().toString()))
                    .thenAccept(status -> latencies.recordNanos(System.nanoTime() - sent));
        }
        return latencies;
    }

    private static <T> void publish(KafkaProducer<String, String> producer, EventType<T> type, String key, T payload) {
        EventEnvelope<T> envelope = EventEnvelope.of(UUID.randomUUID().toString(), type, "server-service", Instant.now(),
                key, payload);
        producer.send(new ProducerRecord<>(type.topic(), key, CODEC.encode(envelope)));
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", 5);
        p.put("key.serializer", StringSerializer.class);
        p.put("value.serializer", StringSerializer.class);
        return new KafkaProducer<>(p);
    }

    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", "everyone-fanout-bench-" + UUID.randomUUID());
        p.put("auto.offset.reset", "latest");
        p.put("key.deserializer", StringDeserializer.class);
        p.put("value.deserializer", StringDeserializer.class);
        return new KafkaConsumer<>(p);
    }

    private EveryoneFanoutBench() {
    }
}
