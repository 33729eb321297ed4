package com.xcord.realtime.projection;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Reads every event topic from the beginning on one thread (manual assignment, no consumer group; see the
 * package doc). Records below the end offsets found at start-up rebuild the projection only; the rest are
 * live and fan out. Partitions and topics that appear later are picked up every few seconds (all of their
 * records are live). An undecodable record is logged and skipped: delivery never stops on a poison message.
 */
@Component
public class EventConsumer implements CatchUp, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EventConsumer.class);
    static final List<String> TOPICS = List.of(Topics.AUTH, Topics.SERVER, Topics.DM, Topics.FEED, Topics.LIVE,
            Topics.NOTIFICATION, Topics.MEDIA);

    private final EventRouter router;
    private final EventCodec codec = new EventCodec();
    private final String bootstrapServers;
    private final Sinks.One<Void> caughtUp = Sinks.one();
    private volatile boolean caughtUpFlag;
    private volatile boolean running;
    private Thread thread;
    private KafkaConsumer<String, String> consumer;
    private final Map<TopicPartition, Long> liveFrom = new HashMap<>();
    private final Set<TopicPartition> assigned = new HashSet<>();
    private long lastRefresh;
    /** Ids of the last events handled, to drop redeliveries (consumer thread only). */
    private final Map<String, Boolean> recentIds = new java.util.LinkedHashMap<>(16_384, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > 10_000;
        }
    };

    /** kafka_consumer_* of the projection's consumer (records-lag-max per partition: the consumer-lag alert). */
    private final MeterRegistry meters;
    private KafkaClientMetrics consumerMetrics;

    public EventConsumer(EventRouter router, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers,
            ObjectProvider<MeterRegistry> meters) {
        this.router = router;
        this.bootstrapServers = bootstrapServers;
        this.meters = meters.getIfAvailable();
    }

    @Override
    public Mono<Void> caughtUp() {
        return caughtUp.asMono();
    }

    @Override
    public boolean isCaughtUp() {
        return caughtUpFlag;
    }

    @Override
    public void start() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "realtime-projection");
        consumer = new KafkaConsumer<>(props);
        if (meters != null) {
            consumerMetrics = new KafkaClientMetrics(consumer);
            consumerMetrics.bindTo(meters);
        }
        running = true;
        thread = new Thread(this::run, "realtime-events");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        boolean initial = true;
        while (running) {
            try {
                if (initial || System.currentTimeMillis() - lastRefresh > 3000) {
                    refreshAssignment(initial);
                    initial = false;
                }
                if (assigned.isEmpty()) {
                    // no event topic exists yet: nothing to replay; look again in a moment
                    checkCaughtUp();
                    Thread.sleep(200);
                    continue;
                }
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                for (ConsumerRecord<String, String> record : records) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    boolean live = record.offset() >= liveFrom.getOrDefault(tp, 0L);
                    handle(record.value(), live);
                }
                checkCaughtUp();
            } catch (WakeupException e) {
                // stopping
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                if (running) {
                    log.warn("event consumer: {}", e.toString());
                    sleepQuietly();
                }
            }
        }
        if (consumerMetrics != null) {
            consumerMetrics.close();
        }
        consumer.close(Duration.ofSeconds(2));
    }

    private void handle(String json, boolean live) {
        EventEnvelope<?> envelope;
        try {
            envelope = codec.decode(json);
        } catch (EventCodec.EventCodecException e) {
            log.warn("skipping an undecodable event: {}", e.getMessage());
            return;
        }
        if (recentIds.put(envelope.id(), Boolean.TRUE) != null) {
            return; // a producer's retry (the outbox may send twice): route once
        }
        EventSpans.describe(envelope);
        try {
            router.handle(envelope, live);
        } catch (RuntimeException e) {
            log.error("event {} ({}) could not be routed", envelope.id(), envelope.type(), e);
        }
    }

    private void refreshAssignment(boolean initial) {
        lastRefresh = System.currentTimeMillis();
        Set<TopicPartition> fresh = new HashSet<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5));
            if (partitions != null) {
                for (PartitionInfo info : partitions) {
                    TopicPartition tp = new TopicPartition(info.topic(), info.partition());
                    if (!assigned.contains(tp)) {
                        fresh.add(tp);
                    }
                }
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        consumer.seekToBeginning(fresh);
        if (initial) {
            liveFrom.putAll(consumer.endOffsets(fresh));
        } else {
            fresh.forEach(tp -> liveFrom.put(tp, 0L));
        }
        log.info("projection reads {} partition(s) of {}", assigned.size(), TOPICS);
    }

    private void checkCaughtUp() {
        if (caughtUpFlag) {
            return;
        }
        for (TopicPartition tp : assigned) {
            if (consumer.position(tp) < liveFrom.getOrDefault(tp, 0L)) {
                return;
            }
        }
        caughtUpFlag = true;
        caughtUp.tryEmitEmpty();
        log.info("projection caught up");
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // starts before the web server, stops after the sockets got their RECONNECT
        return Integer.MIN_VALUE + 100;
    }
}
