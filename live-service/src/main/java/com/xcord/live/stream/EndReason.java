package com.xcord.live.stream;

/** Why a stream ended (the {@code reason} of {@code live.stream.ended} v2). */
public enum EndReason {
    /** The encoder stopped publishing (on_publish_done). */
    UNPUBLISHED,
    /** The streamer ended it ({@code POST /end}). */
    ENDED,
    /** Its key was rotated while it ran: the ingest's next on_update was refused. */
    KEY_ROTATED,
    /** The ingest stopped reporting (crash): the watchdog ended it. */
    INGEST_LOST;

    String wire() {
        return name().toLowerCase();
    }
}
