package com.xcord.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON (de)serialization of {@link EventEnvelope}s. Thread-safe; share one instance.
 * Unknown payload fields are ignored so that a producer may add optional fields within a
 * version without breaking older consumers.
 */
public final class EventCodec {

    private static final Logger log = LoggerFactory.getLogger(EventCodec.class);

    /** Unknown types already reported, so that a stream of them is one warning each, not a flood. */
    private static final Set<String> REPORTED_UNKNOWN = ConcurrentHashMap.newKeySet();

    private final JsonMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    public String encode(EventEnvelope<?> envelope) {
        try {
            return mapper.writeValueAsString(envelope);
        } catch (JacksonException e) {
            throw new EventCodecException("cannot encode event " + envelope.id(), e);
        }
    }

    /**
     * Decodes an envelope with its payload typed by the {@link EventTypes} registry. An
     * envelope of a type this build does not know keeps its payload as a {@link JsonNode}, and
     * the first one of each type is logged as a warning: a newer producer than this consumer
     * is normal during a rollout, but it must not go unnoticed.
     */
    public EventEnvelope<?> decode(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            String type = requiredText(root, "type");
            int version = root.path("version").asInt(0);
            JsonNode data = root.path("data");
            Optional<EventType<?>> known = EventTypes.find(type, version);
            if (known.isEmpty()) {
                reportUnknown(type, version);
            }
            Object typed = known.isPresent() ? mapper.treeToValue(data, known.get().payloadType()) : null;
            Object payload = typed != null ? typed : data;
            return new EventEnvelope<>(requiredText(root, "id"), type, requiredText(root, "source"),
                    Instant.parse(requiredText(root, "time")), requiredText(root, "subject"), version, payload);
        } catch (JacksonException | java.time.format.DateTimeParseException | NullPointerException e) {
            throw new EventCodecException("cannot decode event: " + e.getMessage(), e);
        }
    }

    /** Decodes an envelope that must carry the given type. */
    public <T> EventEnvelope<T> decode(String json, EventType<T> expected) {
        EventEnvelope<?> envelope = decode(json);
        return new EventEnvelope<>(envelope.id(), envelope.type(), envelope.source(), envelope.time(),
                envelope.subject(), envelope.version(), envelope.dataAs(expected));
    }

    private static void reportUnknown(String type, int version) {
        if (REPORTED_UNKNOWN.size() < 1_000 && REPORTED_UNKNOWN.add(type + ".v" + version)) {
            log.warn("event type {} v{} is not in EventTypes: its payload stays raw JSON and typed consumers skip it"
                    + " (an event published by a newer build, or a type missing from common-events)", type, version);
        }
    }

    private static String requiredText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new EventCodecException("event is missing '" + field + "'", null);
        }
        return node.asString();
    }

    /** The bytes on the wire are not a valid envelope: a poison message. */
    public static final class EventCodecException extends RuntimeException {
        public EventCodecException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
