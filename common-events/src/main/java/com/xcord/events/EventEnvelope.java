package com.xcord.events;

import java.time.Instant;
import java.util.Objects;

/**
 * The envelope every event travels in: CloudEvents attributes in JSON (DESIGN §5).
 *
 * @param id      unique event id; consumers record it to apply an event once
 * @param type    event type name, e.g. {@code dm.message.created}
 * @param source  producing service, e.g. {@code auth-service}
 * @param time    when the state change committed (UTC)
 * @param subject id of the aggregate the event is about; also the Kafka key
 * @param version schema version of {@code data}
 * @param data    the payload record
 */
public record EventEnvelope<T>(String id, String type, String source, Instant time, String subject, int version,
        T data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(subject, "subject");
    }

    public static <T> EventEnvelope<T> of(String id, EventType<T> type, String source, Instant time, String subject,
            T data) {
        return new EventEnvelope<>(id, type.name(), source, time, subject, type.version(), data);
    }

    /** True when this envelope carries the given type at its version. */
    public boolean is(EventType<?> eventType) {
        return eventType.name().equals(type) && eventType.version() == version;
    }

    /** The payload as the given type's record; fails if the envelope carries another type. */
    public <P> P dataAs(EventType<P> eventType) {
        if (!is(eventType)) {
            throw new IllegalStateException("event " + id + " is " + type + " v" + version + ", not "
                    + eventType.name() + " v" + eventType.version());
        }
        return eventType.payloadType().cast(data);
    }
}
