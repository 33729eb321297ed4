package com.xcord.events;

import java.util.Objects;

/**
 * One kind of fact a service publishes: its name (e.g. {@code user.registered}), the schema
 * version of its payload, the topic it travels on and the record that carries it.
 * Changing a payload means a new version (a new constant), never an edit of the record.
 */
public record EventType<T>(String name, int version, String topic, Class<T> payloadType) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payloadType, "payloadType");
        if (version < 1) {
            throw new IllegalArgumentException("version must be >= 1");
        }
    }
}
