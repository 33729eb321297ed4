package com.xcord.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;

/**
 * JSON (de)serialization of {@link EventEnvelope}s. Thread-safe; share one instance.
 * Unknown payload fields are ignored so that a producer may add optional fields within a
 * version without breaking older consumers.
 */
public final class EventCodec {

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
     * envelope of a type this build does not know keeps its payload as a {@link JsonNode}.
     */
    public EventEnvelope<?> decode(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            String type = requiredText(root, "type");
            int version = root.path("version").asInt(0);
            JsonNode data = root.path("data");
            Object payload = EventTypes.find(type, version)
                    .<Object>map(t -> mapper.treeToValue(data, t.payloadType()))
                    .orElse(data);
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
