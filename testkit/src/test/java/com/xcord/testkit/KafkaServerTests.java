package com.xcord.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaServerTests {

    private static final String TOPIC = "events";

    @Test
    void producesAndConsumes() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(null, 0);
             KafkaProducer<String, String> producer = producer(kafka)) {
            assertThat(kafka.isRunning()).isTrue();
            producer.send(new ProducerRecord<>(TOPIC, "k", "hello")).get(10, TimeUnit.SECONDS);

            assertThat(consumeValues(kafka, "g1", 1)).containsExactly("hello");
        }
    }

    @Test
    void stopMakesTheBrokerUnreachableAndRestartBringsItBackWithItsData() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(null, 0);
             KafkaProducer<String, String> producer = producer(kafka)) {
            String address = kafka.bootstrapServers();
            producer.send(new ProducerRecord<>(TOPIC, "k", "a")).get(10, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(TOPIC, "k", "b")).get(10, TimeUnit.SECONDS);
            assertThat(consumeValues(kafka, "committed", 2)).containsExactly("a", "b");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            // a short client timeout: the send fails fast instead of hanging
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(TOPIC, "k", "lost")).get(10, TimeUnit.SECONDS))
                    .isInstanceOfAny(ExecutionException.class, org.apache.kafka.common.errors.TimeoutException.class);

            kafka.restart();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            // the producer created before the stop reconnects to the same address
            producer.send(new ProducerRecord<>(TOPIC, "k", "c")).get(10, TimeUnit.SECONDS);

            // committed offsets survived: the group resumes after "b"
            assertThat(consumeValues(kafka, "committed", 1)).containsExactly("c");
            // the earlier records survived
            assertThat(consumeValues(kafka, "fresh", 3)).containsExactly("a", "b", "c");
        }
    }

    @Test
    void aDataDirectoryKeepsTopicsAcrossStarts(@TempDir Path dataDir) throws Exception {
        int port;
        try (KafkaServer kafka = KafkaServer.start(dataDir, 0);
             KafkaProducer<String, String> producer = producer(kafka)) {
            port = Integer.parseInt(kafka.bootstrapServers().substring(kafka.bootstrapServers().indexOf(':') + 1));
            producer.send(new ProducerRecord<>(TOPIC, "k", "kept")).get(10, TimeUnit.SECONDS);
        }
        try (KafkaServer kafka = KafkaServer.start(dataDir, port)) {
            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + port);
            assertThat(consumeValues(kafka, "g", 1)).containsExactly("kept");
        }
    }

    private static KafkaProducer<String, String> producer(KafkaServer kafka) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000,
                ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200),
                new StringSerializer(), new StringSerializer());
    }

    /** Polls until {@code expected} records arrived, commits them and leaves the group. */
    private static List<String> consumeValues(KafkaServer kafka, String group, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
            consumer.commitSync();
        }
        return values;
    }
}
