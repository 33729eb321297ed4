package com.xcord.edge.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.auth.AuthEvents;
import com.xcord.events.auth.SessionRevoked;
import com.xcord.events.auth.UserUpdated;
import com.xcord.testkit.TestInfrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feed against the testkit's embedded Kafka, each test on a topic of its own. */
class SessionRevocationFeedTests {

    private static final String SERVERS = TestInfrastructure.shared().kafka().bootstrapServers();
    private static final AtomicLong IDS = new AtomicLong(1_000);

    private final EventCodec codec = new EventCodec();
    private final String topic = "revocations-test-" + UUID.randomUUID();
    private final RevokedSessions revoked = new RevokedSessions(Duration.ofMinutes(20), Clock.systemUTC());
    private SessionRevocationFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.close();
        }
    }

    @Test
    void aRevocationPublishedWhileFollowingIsLearnedAtOnce() throws Exception {
        createTopic(3);
        feed = start(revoked);
        await().atMost(Duration.ofSeconds(20)).until(feed::caughtUp);

        publish(AuthEvents.SESSION_REVOKED, "5", new SessionRevoked("5", "77", "logout", Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> revoked.isEnded(77));
        assertThat(revoked.isEnded(78)).isFalse();
    }

    @Test
    void onStartTheLastWindowIsReadBackAndOlderRevocationsAreNot() throws Exception {
        createTopic(2);
        publish(AuthEvents.SESSION_REVOKED, "5", new SessionRevoked("5", "501", "logout", Instant.now()));
        publish(AuthEvents.USER_UPDATED, "5", new UserUpdated("5", "alice", "Alice", null, null, null, true, Instant.now()));
        // ended long ago: its tokens are dead, nothing to remember
        publish(AuthEvents.SESSION_REVOKED, "6", new SessionRevoked("6", "502", "logout",
                Instant.now().minus(Duration.ofHours(1))));

        feed = start(revoked);

        await().atMost(Duration.ofSeconds(20)).until(() -> feed.caughtUp() && revoked.isEnded(501));
        assertThat(revoked.isEnded(502)).isFalse();
        assertThat(revoked.size()).isEqualTo(1);
    }

    @Test
    void aTopicThatDoesNotExistYetIsPickedUpOnceItDoes() throws Exception {
        feed = start(revoked);
        await().atMost(Duration.ofSeconds(20)).until(feed::caughtUp);

        createTopic(1);
        publish(AuthEvents.SESSION_REVOKED, "5", new SessionRevoked("5", "601", "logout", Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() -> revoked.isEnded(601));
    }

    @Test
    void unreadableRecordsAndUserWideRevocationsAreSkipped() throws Exception {
        createTopic(1);
        feed = start(revoked);
        await().atMost(Duration.ofSeconds(20)).until(feed::caughtUp);

        send("not json");
        publish(AuthEvents.SESSION_REVOKED, "5", new SessionRevoked("5", null, "logout-all", Instant.now()));
        publish(AuthEvents.SESSION_REVOKED, "5", new SessionRevoked("5", "701", "logout", Instant.now()));

        await().atMost(Duration.ofSeconds(10)).until(() -> revoked.isEnded(701));
        assertThat(revoked.size()).isEqualTo(1);
    }

    private SessionRevocationFeed start(RevokedSessions into) {
        SessionRevocationFeed started = new SessionRevocationFeed(into, SERVERS, topic, "feed-test", Clock.systemUTC());
        started.start();
        return started;
    }

    private void createTopic(int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", SERVERS))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    private <T> void publish(EventType<T> type, String key, T data) {
        send(codec.encode(EventEnvelope.of(Long.toString(IDS.incrementAndGet()), type, "auth-service", Instant.now(),
                key, data)));
    }

    private void send(String value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SERVERS);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topic, "5", value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
