package com.xcord.servicekit.testapp;

import com.xcord.events.EventEnvelope;
import com.xcord.servicekit.id.Ids;
import com.xcord.servicekit.test.TestTokens;
import com.xcord.testkit.PrometheusScrape;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the kit exports at {@code /actuator/prometheus} after real traffic (docs/conventions.md "Metrics"): the
 * outbox, consumer and HTTP metrics with sane values, the {@code application} tag, and no id in any tag.
 */
class MetricsTests extends IntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Widgets widgets;

    @Autowired
    HealthEndpointGroups healthGroups;

    @Test
    void prometheusIsScrapedWithoutATokenAndEveryMeterCarriesTheApplication() {
        PrometheusScrape scrape = scrape();
        assertThat(scrape.samples()).isNotEmpty()
                .allSatisfy(sample -> assertThat(sample.labels()).containsEntry("application", "servicekit-test"));
        assertThat(scrape.has("jvm_memory_used_bytes")).isTrue();
        assertThat(scrape.has("hikaricp_connections_active")).isTrue();
        assertThat(scrape.has("xcord_jwks_fetch_failures_total")).isTrue();
        // every topic a listener reads has its dead-letter counter from the start (an alert sees the first as +1)
        assertThat(scrape.find("xcord_consumer_dead_letters_total", "topic", WidgetEvents.TOPIC)).isNotEmpty();
    }

    @Test
    void httpServerRequestsHaveTheSloBucketsAndTemplatedUris() {
        String token = TestTokens.accessToken(newUserId());
        get("/api/v1/widgets/123456789", token);
        await().atMost(WAIT).untilAsserted(() -> assertThat(scrape()
                .find("http_server_requests_seconds_bucket", "uri", "/api/v1/widgets/{id}", "status", "404"))
                .extracting(sample -> sample.labels().get("le"))
                .contains("0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0", "2.5", "+Inf"));
    }

    @Test
    void outboxLagIsNearZeroOnceTheRelayRan() {
        String subject = "metrics-" + UUID.randomUUID();
        double relayedBefore = scrape().sum("xcord_outbox_relayed_total", "topic", WidgetEvents.TOPIC).orElse(0);
        widgets.bump(subject);
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM widget_seen WHERE subject = ?", Integer.class, subject) == 1);
        await().atMost(WAIT).untilAsserted(() -> {
            PrometheusScrape scrape = scrape();
            assertThat(scrape.value("xcord_outbox_pending")).isZero();
            assertThat(scrape.value("xcord_outbox_lag_seconds")).isBetween(0.0, 1.0);
            assertThat(scrape.value("xcord_outbox_relayed_total", "topic", WidgetEvents.TOPIC))
                    .isGreaterThanOrEqualTo(relayedBefore + 1);
        });
        assertThat(scrape().has("xcord_outbox_relay_latency_seconds_count")).isTrue();
        assertThat(scrape().has("kafka_producer_record_send_total")).isTrue();
    }

    @Test
    void aPoisonRecordCountsOneDeadLetter() {
        double before = deadLetters();
        String run = UUID.randomUUID().toString();
        String after = "metrics-after-" + run;
        send(new WidgetEvents.Probe("metrics-poison-" + run, true));
        send(new WidgetEvents.Probe(after, false));
        await().atMost(WAIT).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM widget_seen WHERE consumer = ? AND subject = ?", Integer.class,
                WidgetProjection.PROBE_CONSUMER, after) == 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetters()).isEqualTo(before + 1));
        // the consumer's lag per topic/partition is there for the consumer-lag alert
        assertThat(scrape().find("kafka_consumer_fetch_manager_records_lag_max")).isNotEmpty();
    }

    @Test
    void aRedeliveredEventCountsOneDuplicateSkipped() {
        double before = scrape().sum("xcord_consumer_duplicates_skipped_total", "consumer", WidgetProjection.CONSUMER)
                .orElse(0);
        String subject = "metrics-redelivered-" + UUID.randomUUID();
        String json = codec.encode(EventEnvelope.of(Ids.format(ids.next()), WidgetEvents.BUMPED, "servicekit-test",
                Instant.now(), subject, new WidgetEvents.WidgetBumped(subject, 1)));
        kafka.send(WidgetEvents.TOPIC, subject, json);
        kafka.send(WidgetEvents.TOPIC, subject, json);
        await().atMost(WAIT).untilAsserted(() -> assertThat(scrape()
                .sum("xcord_consumer_duplicates_skipped_total", "consumer", WidgetProjection.CONSUMER).orElse(0))
                .isEqualTo(before + 1));
    }

    @Test
    void readinessFollowsTheDatabaseAndTheOutboxLivenessNothingButTheProcess() {
        assertThat(healthGroups.get("readiness").isMember("db")).isTrue();
        assertThat(healthGroups.get("readiness").isMember("outbox")).isTrue();
        assertThat(healthGroups.get("liveness").isMember("db")).isFalse();
        assertThat(healthGroups.get("liveness").isMember("outbox")).isFalse();
        assertThat(healthGroups.get("liveness").isMember("livenessState")).isTrue();
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void afterTrafficWithManyIdsNoTagLooksLikeAnIdOrAToken() {
        for (int i = 0; i < 30; i++) {
            long user = newUserId();
            String token = TestTokens.accessToken(user);
            get("/api/v1/widgets/" + (1_000_000_000L + i), token);
            get("/api/v1/widgets/named/name-" + UUID.randomUUID(), token);
            get("/api/v1/widgets?before=" + (9_000_000_000L + i), token);
            get("/api/v1/nothing-here/" + UUID.randomUUID(), token);
            get("/api/v1/widgets/" + i, "not-a-token-" + UUID.randomUUID());
            postJson("/api/v1/widgets", token, "{\"name\":\"w" + i + "\"}");
        }
        PrometheusScrape scrape = scrape();
        // Kafka's per-broker metrics name the broker's node id (node-2147483646 for a coordinator): bounded
        assertThat(scrape.unboundedLabels("node_id")).isEmpty();
        assertThat(scrape.find("http_server_requests_seconds_count"))
                .extracting(sample -> sample.labels().get("uri"))
                .allSatisfy(uri -> assertThat(uri).doesNotContainPattern("\\d{3,}").doesNotContain("name-"));
    }

    private PrometheusScrape scrape() {
        return PrometheusScrape.of("http://localhost:" + port + "/actuator/prometheus");
    }

    private double deadLetters() {
        return scrape().sum("xcord_consumer_dead_letters_total", "topic", WidgetEvents.POISON_TOPIC).orElse(0);
    }

    private void send(WidgetEvents.Probe probe) {
        EventEnvelope<WidgetEvents.Probe> event = EventEnvelope.of(Ids.format(ids.next()), WidgetEvents.PROBE,
                "servicekit-test", Instant.now(), probe.name(), probe);
        kafka.send(WidgetEvents.POISON_TOPIC, probe.name(), codec.encode(event));
    }
}
