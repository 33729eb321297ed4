package com.xcord.servicekit.outbox;

import com.xcord.servicekit.XcordProperties;
import com.xcord.servicekit.testapp.IntegrationTest;
import com.xcord.servicekit.testapp.WidgetEvents;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

import static com.xcord.servicekit.outbox.OutboxTraceContextTests.REQUEST_SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the real outbox, relay, database and broker: the row keeps the span of the transaction that published it,
 * and the relay's send runs inside that trace (where the OpenTelemetry agent, in production, starts the Kafka producer
 * span and writes the {@code traceparent} header); a row published outside any span is sent outside any.
 */
class OutboxTracingTests extends IntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxRelay relay;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    KafkaProperties kafkaProperties;

    @Autowired
    ObjectProvider<KafkaConnectionDetails> kafkaConnection;

    @Autowired
    XcordProperties properties;

    @Test
    void theRowKeepsThePublishingSpanAndTheRelaySendsItInsideThatTrace() {
        String traced = "traced-" + UUID.randomUUID();
        String untraced = "untraced-" + UUID.randomUUID();
        Map<String, SpanContext> sentIn = new ConcurrentHashMap<>();
        // the application's relay pauses, so that this one (with a producer that notes the context of each
        // send) relays the two rows; it is started again whatever happens
        relay.stop();
        OutboxRelay noting = new OutboxRelay(dataSource, () -> notingProducer(sentIn), properties.schema(), 100,
                Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(1), null);
        try {
            try (Scope request = Span.wrap(REQUEST_SPAN).makeCurrent()) {
                String stored = transactions.execute(status -> {
                    outbox.publish(WidgetEvents.BUMPED, traced, new WidgetEvents.WidgetBumped(traced, 1));
                    return jdbc.queryForObject("SELECT trace_parent FROM outbox_event WHERE msg_key = ?",
                            String.class, traced);
                });
                assertThat(stored).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            }
            transactions.executeWithoutResult(status ->
                    outbox.publish(WidgetEvents.BUMPED, untraced, new WidgetEvents.WidgetBumped(untraced, 1)));
            assertThat(jdbc.queryForObject("SELECT trace_parent FROM outbox_event WHERE msg_key = ?", String.class,
                    untraced)).isNull();

            noting.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> sentIn.containsKey(traced) && sentIn.containsKey(untraced));
        } finally {
            noting.stop();
            relay.start();
        }
        assertThat(sentIn.get(traced).getTraceId()).isEqualTo(REQUEST_SPAN.getTraceId());
        assertThat(sentIn.get(traced).getSpanId()).isEqualTo(REQUEST_SPAN.getSpanId());
        assertThat(sentIn.get(untraced).isValid()).as("a row published outside any span is sent outside any").isFalse();
    }

    private Producer<String, String> notingProducer(Map<String, SpanContext> sentIn) {
        Map<String, Object> config = OutboxAutoConfiguration.producerConfig(kafkaProperties, kafkaConnection.getIfAvailable(), "trace-test",
                properties.outbox());
        return new KafkaProducer<>(config) {
            @Override
            public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
                sentIn.put(record.key(), Span.current().getSpanContext());
                return super.send(record);
            }
        };
    }
}
