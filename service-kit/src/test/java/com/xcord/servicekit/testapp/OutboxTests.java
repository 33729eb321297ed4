package com.xcord.servicekit.testapp;

import com.xcord.events.EventEnvelope;
import com.xcord.events.Topics;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class OutboxTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Widgets widgets;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    WidgetProjection projection;

    @Autowired
    KafkaAdmin admin;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Nested
    class Publishing {

        @Test
        void aRolledBackTransactionPublishesNothing() {
            String subject = "rollback-" + UUID.randomUUID();
            transactions.executeWithoutResult(status -> {
                outbox.publish(WidgetEvents.BUMPED, subject, new WidgetEvents.WidgetBumped(subject, 1));
                status.setRollbackOnly();
            });
            // a later committed event on the same key (same partition, in order) marks "everything before is in"
            widgets.bump(subject);
            await().atMost(WAIT).until(() -> seen(subject).size() == 1);
            assertThat(seen(subject)).containsExactly(1L); // the counter's 1, not the rolled-back event
            assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE msg_key = ?", Integer.class,
                    subject)).isZero();
        }

        @Test
        void publishingOutsideATransactionIsRefused() {
            assertThatThrownBy(() -> outbox.publish(WidgetEvents.BUMPED, "x", new WidgetEvents.WidgetBumped("x", 1)))
                    .isInstanceOf(IllegalTransactionStateException.class);
        }

        @Test
        void committedEventsReachKafkaWithinMilliseconds() {
            String subject = "latency-" + UUID.randomUUID();
            List<Instant> committed = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                widgets.bump(subject);
                committed.add(Instant.now());
                await().atMost(WAIT).pollInterval(Duration.ofMillis(2)).until(() -> seen(subject).size() == committed.size());
            }
            List<Instant> arrived = jdbc.queryForList(
                    "SELECT seen_at FROM widget_seen WHERE subject = ? ORDER BY arrival", java.sql.Timestamp.class,
                    subject).stream().map(java.sql.Timestamp::toInstant).toList();
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < committed.size(); i++) {
                millis.add(Math.max(0, Duration.between(committed.get(i), arrived.get(i)).toMillis()));
            }
            Collections.sort(millis);
            long p50 = millis.get(millis.size() / 2);
            long max = millis.get(millis.size() - 1);
            System.out.printf("outbox commit -> consumer effect over %d events: p50 %d ms, max %d ms%n",
                    millis.size(), p50, max);
            MeterRegistry registry = meters.getIfAvailable();
            if (registry != null) {
                Timer lag = registry.find("xcord.outbox.relay.latency").timer();
                assertThat(lag).isNotNull();
                System.out.printf("xcord.outbox.relay.latency (insert -> ack): count %d, mean %.1f ms, max %.1f ms%n",
                        lag.count(), lag.mean(java.util.concurrent.TimeUnit.MILLISECONDS),
                        lag.max(java.util.concurrent.TimeUnit.MILLISECONDS));
            }
            // the sweeper runs every 5 s in these tests: a median far below it proves commit wakes the relay
            assertThat(p50).isLessThan(1_000);
        }
    }

    @Nested
    class Ordering {

        @Test
        void eventsOfOneKeyArriveInCommitOrder() throws Exception {
            String run = UUID.randomUUID().toString();
            List<String> subjects = List.of("order-a-" + run, "order-b-" + run, "order-c-" + run, "order-d-" + run);
            ExecutorService committers = Executors.newFixedThreadPool(8);
            try {
                List<Future<Long>> done = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    String subject = subjects.get(i % subjects.size());
                    done.add(committers.submit(() -> widgets.bump(subject)));
                }
                for (Future<Long> f : done) {
                    f.get();
                }
            } finally {
                committers.shutdownNow();
            }
            await().atMost(WAIT).until(() -> subjects.stream().mapToInt(s -> seen(s).size()).sum() == 200);
            for (String subject : subjects) {
                assertThat(seen(subject)).as(subject).containsExactlyElementsOf(LongStream.rangeClosed(1, 50).boxed()
                        .toList());
            }
        }
    }

    @Nested
    class Consuming {

        @Test
        void aRedeliveredEventHasItsEffectOnce() {
            String subject = "redelivered-" + UUID.randomUUID();
            EventEnvelope<WidgetEvents.WidgetBumped> event = EventEnvelope.of(Ids.format(ids.next()),
                    WidgetEvents.BUMPED, "servicekit-test", Instant.now(), subject,
                    new WidgetEvents.WidgetBumped(subject, 1));
            String json = codec.encode(event);
            kafka.send(WidgetEvents.TOPIC, subject, json);
            kafka.send(WidgetEvents.TOPIC, subject, json);
            EventEnvelope<WidgetEvents.WidgetBumped> marker = EventEnvelope.of(Ids.format(ids.next()),
                    WidgetEvents.BUMPED, "servicekit-test", Instant.now(), subject,
                    new WidgetEvents.WidgetBumped(subject, 2));
            kafka.send(WidgetEvents.TOPIC, subject, codec.encode(marker));
            await().atMost(WAIT).until(() -> seen(subject).contains(2L));
            assertThat(seen(subject)).containsExactly(1L, 2L);
        }

        @Test
        void aPoisonRecordIsDeadLetteredAfterBoundedRetriesAndTheRestOfThePartitionFlows() {
            String run = UUID.randomUUID().toString();
            String poison = "poison-" + run;
            String after = "after-" + run;
            send(WidgetEvents.POISON_TOPIC, new WidgetEvents.Probe(poison, true));
            send(WidgetEvents.POISON_TOPIC, new WidgetEvents.Probe(after, false));

            await().atMost(WAIT).until(() -> probeApplied(after));
            assertThat(projection.probeAttempts(poison)).isEqualTo(3);
            assertThat(probeApplied(poison)).isFalse();
            assertThat(deadLetters(WidgetEvents.POISON_TOPIC, poison)).isNotEmpty();
        }

        @Test
        void anUndecodableRecordGoesStraightToTheDeadLetterTopic() {
            String run = UUID.randomUUID().toString();
            String garbage = "{\"not\": \"an event\", \"run\": \"" + run + "\"}";
            String after = "after-garbage-" + run;
            kafka.send(WidgetEvents.POISON_TOPIC, run, garbage);
            send(WidgetEvents.POISON_TOPIC, new WidgetEvents.Probe(after, false));

            await().atMost(WAIT).until(() -> probeApplied(after));
            List<ConsumerRecord<String, String>> dead = deadLetters(WidgetEvents.POISON_TOPIC, run);
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(garbage);
        }

        @Test
        void deadLetterTopicsExistFromStartup() {
            assertThat(admin.describeTopics(Topics.deadLetter(WidgetEvents.TOPIC),
                    Topics.deadLetter(WidgetEvents.POISON_TOPIC))).hasSize(2);
        }
    }

    private void send(String topic, WidgetEvents.Probe probe) {
        EventEnvelope<WidgetEvents.Probe> event = EventEnvelope.of(Ids.format(ids.next()), WidgetEvents.PROBE,
                "servicekit-test", Instant.now(), probe.name(), probe);
        kafka.send(topic, probe.name(), codec.encode(event));
    }

    private boolean probeApplied(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM widget_seen WHERE consumer = ? AND subject = ?",
                Integer.class, WidgetProjection.PROBE_CONSUMER, name) > 0;
    }

    /** Sequence numbers the projection applied for a subject, in arrival order. */
    private List<Long> seen(String subject) {
        return jdbc.queryForList("SELECT seq FROM widget_seen WHERE consumer = ? AND subject = ? ORDER BY arrival",
                Long.class, WidgetProjection.CONSUMER, subject);
    }

    private List<ConsumerRecord<String, String>> deadLetters(String topic, String containing) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.deadLetter(topic)));
            await().atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.value() != null && r.value().contains(containing)) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            // anything else for the same record that is already there
            consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                if (r.value() != null && r.value().contains(containing)) {
                    found.add(r);
                }
            });
        }
        return found;
    }
}
