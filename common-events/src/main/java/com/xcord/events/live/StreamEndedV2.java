package com.xcord.events.live;

import java.time.Instant;

/**
 * A broadcast ended. {@code reason}: {@code unpublished} (the encoder stopped), {@code ended} (the streamer's
 * {@code POST /end}), {@code key_rotated} (the key it used was rotated), {@code ingest_lost} (the ingest stopped
 * reporting: the watchdog ended it).
 */
public record StreamEndedV2(String streamId, String userId, String serverId, Instant startedAt, Instant endedAt,
        long durationSeconds, int peakViewers, String reason) {
}
