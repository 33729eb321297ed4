package com.xcord.e2e.support;

import com.xcord.testkit.TestInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Media as media-service announces it, for a fleet that runs without media-service: a {@code media.ready} envelope
 * (DESIGN §5) on {@code xcord.media.events}, written as JSON so this module needs no common-events. The services
 * that attach media learn it from there, as they would from media-service; a test then attaches it over REST
 * (retrying until the service has read the event, see {@link Client#sendChannelMessage(Client.User, String, String,
 * String, List)}).
 */
public final class Media {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() << 20);
    private static KafkaProducer<String, String> producer;

    /** Announces a ready 800×600 JPEG of {@code owner}'s with an original and a small variant; returns its id. */
    public static String readyImage(Client.User owner) {
        String id = Long.toString(IDS.incrementAndGet());
        Map<String, Object> media = new LinkedHashMap<>();
        media.put("id", id);
        media.put("ownerId", owner.id());
        media.put("kind", "image");
        media.put("contentType", "image/jpeg");
        media.put("size", 54321);
        media.put("filename", "photo.jpg");
        media.put("width", 800);
        media.put("height", 600);
        media.put("blurhash", "LEHV6nWB2yk8pyo0adR*.7kCMdnj");
        media.put("description", "a photo");
        media.put("variants", List.of(
                Map.of("name", "original", "contentType", "image/jpeg", "width", 800, "height", 600),
                Map.of("name", "small", "contentType", "image/jpeg", "width", 480, "height", 360)));
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", UUID.randomUUID().toString());
        envelope.put("type", "media.ready");
        envelope.put("source", "media-service");
        envelope.put("time", Instant.now().toString());
        envelope.put("subject", id);
        envelope.put("version", 1);
        envelope.put("data", Map.of("media", media, "purpose", "attachment", "readyAt", Instant.now().toString()));
        try {
            producer().send(new ProducerRecord<>("xcord.media.events", id, Http.JSON.writeValueAsString(envelope)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot announce media " + id, e);
        }
        return id;
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) Duration.ofSeconds(30).toMillis()),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    private Media() {
    }
}
