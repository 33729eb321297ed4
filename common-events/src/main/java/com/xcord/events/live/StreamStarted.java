package com.xcord.events.live;

import java.time.Instant;

/**
 * {@code userId} went live: the ingest started publishing {@code streamId}. {@code category} and {@code serverId}
 * are null when the stream has none.
 */
public record StreamStarted(String streamId, String userId, String title, String category, String serverId,
        Instant startedAt) {
}
