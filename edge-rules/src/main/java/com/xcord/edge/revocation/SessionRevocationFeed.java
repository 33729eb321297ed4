package com.xcord.edge.revocation;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.SessionRevoked;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills {@link RevokedSessions} from auth-service's {@code session.revoked} events, in every process that checks
 * access tokens (the gateway, realtime-service, each servlet service).
 *
 * <p>Every process must see every revocation, so this is not a consumer group member sharing partitions: it
 * assigns itself all partitions of the topic and commits nothing. On start it reads back the last
 * {@code rememberFor} of the topic (Kafka's offsets-for-times), which is every revocation whose tokens may still
 * be alive, then follows the topic live. A revocation reaches it a few tens of milliseconds after auth-service's
 * transaction committed (the outbox relay is woken by the commit).
 *
 * <p>When Kafka cannot be reached the feed keeps retrying and the sessions it knows stay refused; revocations it
 * has not seen yet are not refused until it has (fail open: an unreachable broker must not log the whole fleet
 * out; auth-service itself always checks its database).
 */
public final class SessionRevocationFeed implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationFeed.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(1);
    /** Partitions added to the topic while running are picked up this often. */
    private static final Duration PARTITION_CHECK = Duration.ofMinutes(1);
    private static final Duration FORGET_EVERY = Duration.ofSeconds(30);

    private final RevokedSessions revoked;
    private final String topic;
    private final Properties consumerProperties;
    private final Clock clock;
    private final EventCodec codec = new EventCodec();

    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<String, String> consumer;
    private Thread thread;

    /** Offsets at which the read-back of the window ends, per partition; emptied as partitions reach them. */
    private final Map<TopicPartition, Long> catchUpEnds = new HashMap<>();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private long nextPartitionCheck;
    private long nextForget;

    public SessionRevocationFeed(RevokedSessions revoked, String bootstrapServers, String topic, String clientId,
            Clock clock) {
        this.revoked = revoked;
        this.topic = topic;
        this.clock = clock;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumerProperties = props;
    }

    /** Starts following the topic on a thread of its own; a second call does nothing. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "session-revocation-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the read-back of the last {@code rememberFor} is done (the set is as complete as the topic). */
    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public synchronized void close() {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> opened = new KafkaConsumer<>(consumerProperties)) {
                consumer = opened;
                follow(opened);
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("session revocations: cannot read {} ({}); retrying", topic, e.toString());
                assigned.clear();
                catchUpEnds.clear();
                LockSupport.parkNanos(RETRY.toNanos());
            } finally {
                consumer = null;
            }
        }
    }

    private void follow(KafkaConsumer<String, String> kafka) {
        while (running) {
            long now = clock.millis();
            if (now >= nextPartitionCheck) {
                assignNewPartitions(kafka);
                nextPartitionCheck = now + (assigned.isEmpty() ? RETRY : PARTITION_CHECK).toMillis();
            }
            if (assigned.isEmpty()) {
                // the topic does not exist yet: auth-service has published nothing, so nothing is revoked
                caughtUp = true;
                LockSupport.parkNanos(RETRY.toNanos());
                continue;
            }
            for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                apply(record);
            }
            noteCatchUp(kafka);
            if (now >= nextForget) {
                revoked.forgetExpired();
                nextForget = now + FORGET_EVERY.toMillis();
            }
        }
    }

    /** Assigns partitions not assigned yet, each positioned {@code rememberFor} back (new ones: at their start). */
    private void assignNewPartitions(KafkaConsumer<String, String> kafka) {
        List<PartitionInfo> partitions = kafka.partitionsFor(topic, Duration.ofSeconds(5));
        Set<TopicPartition> fresh = new HashSet<>();
        for (PartitionInfo info : partitions == null ? List.<PartitionInfo>of() : partitions) {
            TopicPartition partition = new TopicPartition(info.topic(), info.partition());
            if (!assigned.contains(partition)) {
                fresh.add(partition);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        kafka.assign(assigned);
        long windowStart = clock.millis() - revoked.rememberFor().toMillis();
        Map<TopicPartition, Long> times = new HashMap<>();
        fresh.forEach(partition -> times.put(partition, windowStart));
        Map<TopicPartition, OffsetAndTimestamp> starts = kafka.offsetsForTimes(times, Duration.ofSeconds(5));
        Map<TopicPartition, Long> ends = kafka.endOffsets(fresh, Duration.ofSeconds(5));
        for (TopicPartition partition : fresh) {
            OffsetAndTimestamp start = starts.get(partition);
            // null: nothing in the window on this partition
            kafka.seek(partition, start == null ? ends.get(partition) : start.offset());
            catchUpEnds.put(partition, ends.get(partition));
        }
        caughtUp = false;
        log.info("session revocations: following {} partition(s) of {} from {} back", assigned.size(), topic,
                revoked.rememberFor());
    }

    private void noteCatchUp(KafkaConsumer<String, String> kafka) {
        if (caughtUp) {
            return;
        }
        catchUpEnds.entrySet().removeIf(end -> kafka.position(end.getKey()) >= end.getValue());
        caughtUp = catchUpEnds.isEmpty();
    }

    private void apply(ConsumerRecord<String, String> record) {
        EventEnvelope<?> envelope;
        try {
            envelope = codec.decode(record.value());
        } catch (RuntimeException unreadable) {
            log.warn("session revocations: skipping unreadable record {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return;
        }
        if (!envelope.is(AuthEvents.SESSION_REVOKED)) {
            return;
        }
        SessionRevoked event = envelope.dataAs(AuthEvents.SESSION_REVOKED);
        // a null session id is logout-all as auth-service published it before each ended session got an event of
        // its own: it names no session to refuse (realtime-service still closes all the user's sockets on it)
        if (event.sessionId() != null && event.revokedAt() != null) {
            try {
                revoked.ended(Long.parseLong(event.sessionId()), event.revokedAt());
            } catch (NumberFormatException notAnId) {
                log.warn("session revocations: event {} names no session id", envelope.id());
            }
        }
    }
}
