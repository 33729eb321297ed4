package com.xcord.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.events.dm.DmEvents;
import com.xcord.events.dm.DmMessageCreated;
import com.xcord.realtime.support.Events;
import com.xcord.realtime.support.World;
import com.xcord.realtime.support.WsClient;
import com.xcord.testkit.PrometheusScrape;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * realtime-service's {@code /actuator/prometheus} after real sockets and events (docs/conventions.md "Metrics"):
 * the sockets gauge is the number of open sockets, dispatches and their delivery latency are counted by type,
 * and no tag carries an id. (Slow-consumer closes and drops: {@link SlowReaderTests}.)
 */
class MetricsTests extends RealtimeTestBase {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void theSocketsGaugeIsTheNumberOfOpenSockets() {
        // sockets of earlier tests are closed by now (or about to be)
        await().atMost(WAIT).until(() -> sockets() == 0);
        List<WsClient> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            open.add(online(World.user("gauge" + i)));
        }
        await().atMost(WAIT).until(() -> sockets() == 3);
        assertThat(scrape().value("xcord_realtime_sessions_resumable")).isGreaterThanOrEqualTo(3);
        open.forEach(WsClient::close);
        await().atMost(WAIT).until(() -> sockets() == 0);
    }

    @Test
    void dispatchesAndTheirDeliveryLatencyAreCountedByType() {
        String a = World.user("a");
        String b = World.user("b");
        WsClient reader = online(a);
        online(b);
        PrometheusScrape before = scrape();
        double dispatched = before.sum("xcord_realtime_dispatches_total", "type", "DM_MESSAGE_CREATE").orElse(0);
        double delivered = before.sum("xcord_realtime_delivery_latency_seconds_count").orElse(0);

        String conversation = World.conversation(a, b);
        String message = Long.toString(Events.newId());
        Events.publishAsOutbox(DmEvents.MESSAGE_CREATED, conversation, new DmMessageCreated(message, conversation, a,
                null, "counted", List.of(), null, List.of(a, b), Instant.now()));
        reader.awaitDispatch("DM_MESSAGE_CREATE", d -> text(d, "id").equals(message));

        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape after = scrape();
            // both participants are online here: two frames
            assertThat(after.value("xcord_realtime_dispatches_total", "type", "DM_MESSAGE_CREATE"))
                    .isEqualTo(dispatched + 2);
            assertThat(after.value("xcord_realtime_delivery_latency_seconds_count")).isGreaterThanOrEqualTo(delivered + 2);
            // the event was made a moment ago: its frames went out within the 2.5 s bucket, not hours "late"
            assertThat(after.value("xcord_realtime_delivery_latency_seconds_bucket", "le", "2.5"))
                    .isGreaterThanOrEqualTo(delivered + 2);
        });
        PrometheusScrape scrape = scrape();
        assertThat(scrape.samples()).allSatisfy(sample ->
                assertThat(sample.labels()).containsEntry("application", "realtime-service"));
        assertThat(scrape.has("xcord_realtime_outbound_drops_total")).isTrue();
        assertThat(scrape.has("xcord_realtime_slow_consumer_closes_total")).isTrue();
        assertThat(scrape.has("xcord_jwks_fetch_failures_total")).isTrue();
        assertThat(scrape.has("kafka_consumer_fetch_manager_records_lag_max")).isTrue();
        // Kafka's per-broker metrics name the broker's node id (bounded by the brokers)
        assertThat(scrape.unboundedLabels("node_id")).isEmpty();
    }

    private double sockets() {
        return scrape().value("xcord_realtime_sockets");
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of("http://localhost:" + port + "/actuator/prometheus");
    }
}
