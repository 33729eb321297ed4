package com.xcord.servicekit.testapp;

import com.xcord.servicekit.outbox.OutboxRelay;
import com.xcord.testkit.KafkaServer;
import com.xcord.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A commit while Kafka is down is delivered once it is back, and applied exactly once. */
class OutboxBrokerOutageTests extends IntegrationTest {

    @Autowired
    Widgets widgets;

    @Autowired
    OutboxRelay relay;

    @Test
    void anEventCommittedDuringABrokerOutageArrivesAfterTheRestartExactlyOnce() {
        KafkaServer broker = TestInfrastructure.shared().kafka().controllable().orElse(null);
        assumeTrue(broker != null, "the broker is not under the test's control (external or container)");
        String subject = "outage-" + UUID.randomUUID();
        widgets.bump(subject); // seq 1: the pipeline works before the outage
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(subject) == 1);

        broker.stop();
        try {
            long seq = widgets.bump(subject); // commits: the database does not need Kafka
            assertThat(seq).isEqualTo(2);
            assertThat(pending(subject)).isEqualTo(1);
            // the relay tried, failed, and keeps the row for its retries (with backoff)
            await().atMost(Duration.ofSeconds(30)).until(relay::isDeliveryFailing);
            assertThat(pending(subject)).isEqualTo(1);
        } finally {
            broker.restart();
        }

        await().atMost(Duration.ofSeconds(90)).until(() -> seen(subject) == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(subject) == 0 && !relay.isDeliveryFailing());
        // a duplicate send (ack lost in the outage) would be skipped by the idempotent consumer
        widgets.bump(subject);
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(subject) == 3);
        assertThat(jdbc.queryForList("SELECT seq FROM widget_seen WHERE subject = ? ORDER BY arrival", Long.class,
                subject)).containsExactly(1L, 2L, 3L);
    }

    private int seen(String subject) {
        return jdbc.queryForObject("SELECT count(*) FROM widget_seen WHERE subject = ?", Integer.class, subject);
    }

    private int pending(String subject) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE msg_key = ?", Integer.class, subject);
    }
}
