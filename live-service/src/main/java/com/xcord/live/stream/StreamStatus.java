package com.xcord.live.stream;

/** Where a stream is in its life: prepared, broadcasting, over. Stored and shown in lower case. */
enum StreamStatus {
    IDLE, LIVE, ENDED;

    String wire() {
        return name().toLowerCase();
    }

    static StreamStatus ofWire(String value) {
        return valueOf(value.toUpperCase());
    }
}
