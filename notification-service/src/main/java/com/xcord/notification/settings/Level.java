package com.xcord.notification.settings;

import java.util.Arrays;
import java.util.Optional;

/** A server's or channel's notification level (Discord's model). */
enum Level {
    ALL, MENTIONS, NOTHING, INHERIT;

    String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Optional<Level> fromWire(String wire) {
        return Arrays.stream(values()).filter(l -> l.wire().equals(wire)).findFirst();
    }
}
