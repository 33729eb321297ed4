package com.xcord.servicekit.test;

import com.xcord.events.EventCodec;
import com.xcord.events.EventEnvelope;
import com.xcord.events.EventType;
import com.xcord.events.Topics;
import com.xcord.events.media.MediaAttachment;
import com.xcord.events.media.MediaDeleted;
import com.xcord.events.media.MediaEvents;
import com.xcord.events.media.MediaFailed;
import com.xcord.events.media.MediaReady;
import com.xcord.events.media.MediaVariant;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import static org.awaitility.Awaitility.await;

/**
 * Media as media-service announces it, for the tests of a service that attaches media: publishes synthetic
 * media.ready / media.failed / media.deleted events on {@code xcord.media.events} (the real topic, the real broker)
 * and waits until the service's own projection ({@code media_objects}) has applied them, so the next request sees
 * them. Ids are fresh snowflake-shaped numbers no other test uses.
 */
public final class TestMedia implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() << 20);
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final KafkaProducer<String, String> producer;
    private final JdbcClient db;
    private final EventCodec codec = new EventCodec();

    public TestMedia(String bootstrapServers, JdbcClient db) {
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        this.db = db;
    }

    /** An id media-service never announced (an upload still processing looks the same to a service). */
    public static String unknownId() {
        return Long.toString(IDS.incrementAndGet());
    }

    /** A JPEG with an original and a small variant, not yet announced. */
    public static MediaAttachment image(long ownerId) {
        String id = unknownId();
        return new MediaAttachment(id, Long.toString(ownerId), "image", "image/jpeg", 123_456, "photo-" + id + ".jpg",
                1920, 1080, null, "LEHV6nWB2yk8pyo0adR*.7kCMdnj", "a photo",
                List.of(new MediaVariant("original", "image/jpeg", 1920, 1080),
                        new MediaVariant("small", "image/jpeg", 640, 360)));
    }

    /** A PDF: a file has no dimensions and only its original. */
    public static MediaAttachment file(long ownerId) {
        String id = unknownId();
        return new MediaAttachment(id, Long.toString(ownerId), "file", "application/pdf", 2048, "notes-" + id + ".pdf",
                null, null, null, null, null, List.of(new MediaVariant("original", "application/pdf", null, null)));
    }

    /** Announces a ready image of {@code ownerId}, uploaded as an attachment; returns it once the service has it. */
    public MediaAttachment readyImage(long ownerId) {
        return ready(image(ownerId), "attachment");
    }

    public MediaAttachment ready(MediaAttachment media, String purpose) {
        publish(MediaEvents.MEDIA_READY, media.id(), new MediaReady(media, purpose, Instant.now()));
        awaitRow(media.id(), "ready");
        return media;
    }

    /** Announces that processing {@code ownerId}'s upload failed; returns its id once the service knows. */
    public String failed(long ownerId) {
        String id = unknownId();
        publish(MediaEvents.MEDIA_FAILED, id, new MediaFailed(id, Long.toString(ownerId), "image", "corrupt",
                Instant.now()));
        awaitRow(id, "failed");
        return id;
    }

    /** Announces that the media is gone; returns once the service's projection dropped it. */
    public void deleted(MediaAttachment media) {
        publish(MediaEvents.MEDIA_DELETED, media.id(), new MediaDeleted(media.id(), media.ownerId(), Instant.now()));
        await().atMost(WAIT).until(() -> rows(media.id(), null) == 0);
    }

    private <T> void publish(EventType<T> type, String mediaId, T payload) {
        EventEnvelope<T> event = EventEnvelope.of(unknownId(), type, "media-service", Instant.now(), mediaId, payload);
        try {
            producer.send(new ProducerRecord<>(Topics.MEDIA, mediaId, codec.encode(event))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot publish " + type.name(), e);
        }
    }

    private void awaitRow(String mediaId, String status) {
        await().atMost(WAIT).until(() -> rows(mediaId, status) == 1);
    }

    private long rows(String mediaId, String status) {
        return db.sql("SELECT count(*) FROM media_objects WHERE id = :id"
                        + (status == null ? "" : " AND status = :status"))
                .param("id", Long.parseLong(mediaId))
                .param("status", status)
                .query(Long.class)
                .single();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
